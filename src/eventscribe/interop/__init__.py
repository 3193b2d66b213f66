"""Interoperate with the field's formats: export stored events, import ICEWS and GDELT event files.

::

    from eventscribe.interop import Selection, export_store, import_files

    import_files(store, ["icews_events_2018.tab"], format="icews")
    export_store(store, "gdelt", "events.tsv", unit="groups", selection=Selection(actor="PSE"))
"""

from eventscribe.interop.export import DEFAULT_UNITS, EXPORT_FORMATS, ExportSummary, export_store
from eventscribe.interop.importing import IMPORT_FORMATS, ImportSummary, import_files
from eventscribe.interop.selection import ExportItem, Selection

__all__ = [
    "DEFAULT_UNITS",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ExportItem",
    "ExportSummary",
    "ImportSummary",
    "Selection",
    "export_store",
    "import_files",
]

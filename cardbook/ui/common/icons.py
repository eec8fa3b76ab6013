"""One icon set for the whole window: Cardbook's own line icons, drawn in the palette's text colour.

Each meaning has a small SVG in cardbook/ui/icons/ whose strokes are `currentColor`. An icon is rendered from it
in the application palette's text colour (and in its disabled and highlighted-text colours for those states), so
the set looks the same on every platform and reads in light and dark palettes. When the application palette
changes, the icons already shown by actions and buttons are redrawn in the new colours. Qt's standard icon is used
only when an SVG is missing or unreadable, which is logged."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyle, QWidget

log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).parents[1] / "icons"  # data beside the package, not a module
APP_ICON = ICON_DIR / "app.svg"
SIZES = (16, 24, 32, 48)  # device-independent pixels, each drawn at device pixel ratios 1 and 2
RATIOS = (1.0, 2.0)
# Every line icon is drawn with this stroke; at 16 device pixels it would be barely more than one pixel wide, so
# the smallest sizes get a slightly bolder one, to keep the weight of the text beside them.
STROKE = 'stroke-width="1.75"'
SMALL_STROKE = 'stroke-width="2"'
SMALL = 16
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)

_SP = QStyle.StandardPixmap


class Icon(Enum):
    """What an icon means: its SVG's name in cardbook/ui/icons/, and the Qt standard icon used if that is missing."""

    IMPORT = ("import", _SP.SP_DialogOpenButton)
    EXPORT = ("export", _SP.SP_DialogSaveButton)
    NEW_CONTACT = ("new_contact", _SP.SP_FileIcon)
    CONTACTS = ("contacts", _SP.SP_DirHomeIcon)
    MY_CARD = ("my_card", _SP.SP_FileDialogInfoView)
    EVENTS = ("events", _SP.SP_FileDialogDetailedView)
    NEW_EVENT = ("new_event", _SP.SP_FileDialogNewFolder)
    NETWORKS = ("networks", _SP.SP_DriveNetIcon)
    REPORTS = ("reports", _SP.SP_FileDialogInfoView)
    SEARCH = ("search", _SP.SP_FileDialogContentsView)
    REVIEW = ("review", _SP.SP_FileDialogContentsView)
    FOLDER = ("folder", _SP.SP_DirOpenIcon)
    QUIT = ("quit", _SP.SP_DialogCloseButton)
    ABOUT = ("about", _SP.SP_MessageBoxQuestion)
    INFO = ("info", _SP.SP_MessageBoxInformation)
    WARNING = ("warning", _SP.SP_MessageBoxWarning)
    ERROR = ("error", _SP.SP_MessageBoxCritical)
    ADD = ("add", _SP.SP_FileDialogNewFolder)
    REMOVE = ("remove", _SP.SP_DialogDiscardButton)
    EDIT = ("edit", _SP.SP_FileDialogDetailedView)
    DELETE = ("delete", _SP.SP_TrashIcon)
    ACCEPT = ("accept", _SP.SP_DialogApplyButton)
    SAVE = ("save", _SP.SP_DialogSaveButton)
    CANCEL = ("cancel", _SP.SP_DialogCancelButton)
    UNDO = ("undo", _SP.SP_ArrowBack)
    REDO = ("redo", _SP.SP_ArrowForward)
    SKIP = ("skip", _SP.SP_MediaSkipForward)
    BACK = ("back", _SP.SP_ArrowLeft)
    REREAD = ("reread", _SP.SP_BrowserReload)
    ZOOM_IN = ("zoom_in", _SP.SP_ArrowUp)
    ZOOM_OUT = ("zoom_out", _SP.SP_ArrowDown)
    ZOOM_FIT = ("zoom_fit", _SP.SP_TitleBarMaxButton)

    def __init__(self, file_name: str, standard: QStyle.StandardPixmap) -> None:
        self.file_name = file_name
        self.standard = standard

    @property
    def path(self) -> Path:
        return ICON_DIR / f"{self.file_name}.svg"


# The colours an icon is drawn in, as ARGB numbers: normal, disabled, and on a selection's highlight.
_Inks = tuple[int, int, int]

_cache: dict[tuple[Icon, _Inks], QIcon] = {}
_issued: dict[int, Icon] = {}  # QIcon.cacheKey() of every icon handed out, to redraw them when the palette changes
_warned: set[Icon] = set()
_listening: set[int] = set()  # id() of the application whose palette changes are followed


def icon(which: Icon) -> QIcon:
    """The icon for `which`, in the application palette's colours (made once per meaning and palette)."""
    _listen_to_palette()
    inks = _inks(QApplication.palette())
    made = _cache.get((which, inks))
    if made is None:
        made = _make(which, inks)
        _cache[(which, inks)] = made
        _issued[made.cacheKey()] = which
    return made


def application_icon() -> QIcon:
    """Cardbook's own, coloured icon for its windows (an empty icon if the file is missing)."""
    svg = _svg_text(APP_ICON)
    result = QIcon()
    if svg is None:
        log.warning("The application icon %s is missing or unreadable", APP_ICON)
        return result
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    for size in APP_SIZES:
        result.addPixmap(_draw(renderer, size, 1.0, 1.0))
    return result


def _inks(palette: QPalette) -> _Inks:
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return (text.rgba(), disabled.rgba(), selected.rgba())


def _make(which: Icon, inks: _Inks) -> QIcon:
    svg = _svg_text(which.path)
    if svg is None:
        if which not in _warned:
            _warned.add(which)
            log.warning("Icon %s: %s is missing or unreadable, using Qt's standard icon", which.name, which.path)
        return QApplication.style().standardIcon(which.standard)
    result = QIcon()
    for mode, ink in zip((QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected), inks, strict=True):
        colour = QColor.fromRgba(ink)
        coloured = svg.replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
        renderers = {
            False: QSvgRenderer(QByteArray(coloured.encode())),
            True: QSvgRenderer(QByteArray(coloured.replace(STROKE, SMALL_STROKE, 1).encode())),
        }
        for size in SIZES:
            for ratio in RATIOS:
                renderer = renderers[size * ratio <= SMALL]
                result.addPixmap(_draw(renderer, size, ratio, colour.alphaF()), mode, QIcon.State.Off)
    return result


def _svg_text(path: Path) -> str | None:
    """The SVG's text if it is there and well-formed XML (checked here, so that Qt never has to complain)."""
    try:
        text = path.read_text(encoding="utf-8")
        ElementTree.fromstring(text)
    except (OSError, UnicodeDecodeError, ElementTree.ParseError):
        return None
    return text if QSvgRenderer(QByteArray(text.encode())).isValid() else None


def _draw(renderer: QSvgRenderer, size: int, ratio: float, opacity: float) -> QPixmap:
    side = round(size * ratio)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    painter.setOpacity(opacity)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _listen_to_palette() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and id(app) not in _listening:
        _listening.add(id(app))
        app.paletteChanged.connect(_recolour_shown_icons)


def _recolour_shown_icons() -> None:
    """Give the actions and buttons that show one of our icons the same icon in the new palette's colours."""
    for window in QApplication.topLevelWidgets():
        widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
        actions = {id(action): action for widget in widgets for action in widget.actions()}
        actions.update((id(action), action) for action in window.findChildren(QAction))
        for action in actions.values():
            which = _issued.get(action.icon().cacheKey())
            if which is not None:
                action.setIcon(icon(which))
        for button in window.findChildren(QAbstractButton):
            which = _issued.get(button.icon().cacheKey())
            if which is not None:
                button.setIcon(icon(which))

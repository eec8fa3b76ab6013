"""One icon set for the whole window: the desktop theme's icons when there is one, else Qt's standard icons."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_SP = QStyle.StandardPixmap


class Icon(Enum):
    """What an icon means, with its freedesktop theme name and the Qt standard icon used without a theme."""

    IMPORT = ("document-import", _SP.SP_DialogOpenButton)
    NEW_CONTACT = ("contact-new", _SP.SP_FileIcon)
    CONTACTS = ("x-office-address-book", _SP.SP_DirHomeIcon)
    EVENTS = ("x-office-calendar", _SP.SP_FileDialogDetailedView)
    NETWORKS = ("network-workgroup", _SP.SP_DriveNetIcon)
    REPORTS = ("x-office-spreadsheet", _SP.SP_FileDialogInfoView)
    SEARCH = ("edit-find", _SP.SP_FileDialogContentsView)
    QUIT = ("application-exit", _SP.SP_DialogCloseButton)
    ABOUT = ("help-about", _SP.SP_MessageBoxInformation)
    EMPTY = ("folder-open", _SP.SP_DirOpenIcon)
    INFO = ("dialog-information", _SP.SP_MessageBoxInformation)
    WARNING = ("dialog-warning", _SP.SP_MessageBoxWarning)
    ERROR = ("dialog-error", _SP.SP_MessageBoxCritical)
    ADD = ("list-add", _SP.SP_FileDialogNewFolder)
    REMOVE = ("list-remove", _SP.SP_DialogDiscardButton)
    EDIT = ("document-edit", _SP.SP_FileDialogDetailedView)
    DELETE = ("edit-delete", _SP.SP_TrashIcon)
    ACCEPT = ("dialog-ok-apply", _SP.SP_DialogApplyButton)
    SAVE = ("document-save", _SP.SP_DialogSaveButton)
    CANCEL = ("dialog-cancel", _SP.SP_DialogCancelButton)
    UNDO = ("edit-undo", _SP.SP_ArrowBack)
    REDO = ("edit-redo", _SP.SP_ArrowForward)
    SKIP = ("go-next", _SP.SP_ArrowRight)
    REREAD = ("view-refresh", _SP.SP_BrowserReload)
    ZOOM_IN = ("zoom-in", _SP.SP_ArrowUp)
    ZOOM_OUT = ("zoom-out", _SP.SP_ArrowDown)
    ZOOM_FIT = ("zoom-fit-best", _SP.SP_TitleBarMaxButton)
    REVIEW = ("document-preview", _SP.SP_FileDialogContentsView)
    EXPORT = ("document-export", _SP.SP_DialogSaveButton)
    MY_CARD = ("contact-new", _SP.SP_FileDialogInfoView)

    def __init__(self, theme_name: str, standard: QStyle.StandardPixmap) -> None:
        self.theme_name = theme_name
        self.standard = standard


def icon(which: Icon) -> QIcon:
    if QIcon.hasThemeIcon(which.theme_name):
        return QIcon.fromTheme(which.theme_name)
    style = QApplication.style()
    return style.standardIcon(which.standard)

"""The desktop window (PySide6 only). Views hold layout, controllers hold behaviour, Qt models live apart.

Nothing here runs SQL or keeps a session: it calls the services of `cardbook.storage` on the GUI thread and
shows the plain dataclasses they return.
"""

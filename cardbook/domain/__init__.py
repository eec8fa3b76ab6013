"""Plain-Python domain: the things Cardbook knows about and the rules between them. No Qt, no SQL."""

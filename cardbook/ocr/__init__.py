"""Reading business cards: image → cards → text → fields. No Qt and no database in this package."""

"""Team members in the window: who you are on this computer, chosen, added and renamed from File → Team members."""

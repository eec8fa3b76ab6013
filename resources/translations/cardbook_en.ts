<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactErasure</name>
    <message numerus="yes">
        <source>Removed from %Ln backup(s).</source>
        <translation>
            <numerusform>Removed from %Ln backup.</numerusform>
            <numerusform>Removed from %Ln backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) could not be rewritten: see cardbook erase --from-backups.</source>
        <translation>
            <numerusform>%Ln backup could not be rewritten: see cardbook erase --from-backups.</numerusform>
            <numerusform>%Ln backups could not be rewritten: see cardbook erase --from-backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also erase them from the %Ln backup(s) of this library</source>
        <translation>
            <numerusform>Also erase them from this library’s backup (%Ln)</numerusform>
            <numerusform>Also erase them from this library’s backups (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPane</name>
    <message numerus="yes">
        <source>Met %Ln time(s)</source>
        <translation>
            <numerusform>Met once</numerusform>
            <numerusform>Met %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln possible duplicate pair(s). Select one and choose Merge.</source>
        <translation>
            <numerusform>%Ln possible duplicate pair. Select it and choose Merge.</numerusform>
            <numerusform>%Ln possible duplicate pairs. Select one and choose Merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep the date and the place (%1).</source>
        <translation>
            <numerusform>The person met there stays in your contacts; their meeting keeps the date and the place (%1).</numerusform>
            <numerusform>The %Ln people met there stay in your contacts; their meetings keep the date and the place (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep the place (%1).</source>
        <translation>
            <numerusform>The person met there stays in your contacts; their meeting keeps the place (%1).</numerusform>
            <numerusform>The %Ln people met there stay in your contacts; their meetings keep the place (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep the date, and “%1” as their place.</source>
        <translation>
            <numerusform>The person met there stays in your contacts; their meeting keeps the date, and “%1” as its place.</numerusform>
            <numerusform>The %Ln people met there stay in your contacts; their meetings keep the date, and “%1” as their place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep “%1” as their place.</source>
        <translation>
            <numerusform>The person met there stays in your contacts; their meeting keeps “%1” as its place.</numerusform>
            <numerusform>The %Ln people met there stay in your contacts; their meetings keep “%1” as their place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeEditor</name>
    <message numerus="yes">
        <source>Tag %Ln card(s): %1</source>
        <translation>
            <numerusform>Tag %Ln card: %1</numerusform>
            <numerusform>Tag %Ln cards: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %Ln weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%Ln other file(s) passed over, e.g. %1.</source>
        <translation>
            <numerusform>%Ln other file passed over, e.g. %1.</numerusform>
            <numerusform>%Ln other files passed over, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) — %1</source>
        <translation>
            <numerusform>%Ln photo — %1</numerusform>
            <numerusform>%Ln photos — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln photo(s)…</source>
        <translation>
            <numerusform>Reading %Ln photo…</numerusform>
            <numerusform>Reading %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %Ln photo(s) (%2)</source>
        <translation>
            <numerusform>Read %1 of %Ln photo (%2)</numerusform>
            <numerusform>Read %1 of %Ln photos (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) read</source>
        <translation>
            <numerusform>%Ln card read</numerusform>
            <numerusform>%Ln cards read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) could not be read</source>
        <translation>
            <numerusform>%Ln photo could not be read</numerusform>
            <numerusform>%Ln photos could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) without a card</source>
        <translation>
            <numerusform>%Ln photo without a card</numerusform>
            <numerusform>%Ln photos without a card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) passed over (not photos)</source>
        <translation>
            <numerusform>%Ln file passed over (not a photo)</numerusform>
            <numerusform>%Ln files passed over (not photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) added to contacts already holding the card</source>
        <translation>
            <numerusform>%Ln meeting added to the contact already holding the card</numerusform>
            <numerusform>%Ln meetings added to the contacts already holding the card</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportListModel</name>
    <message numerus="yes">
        <source>%Ln card(s): %1</source>
        <translation>
            <numerusform>%Ln card: %1</numerusform>
            <numerusform>%Ln cards: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>Review %Ln card(s)</source>
        <translation>
            <numerusform>Review %Ln card</numerusform>
            <numerusform>Review %Ln cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message numerus="yes">
        <source>%Ln photo(s) to read.</source>
        <translation>
            <numerusform>%Ln photo to read.</numerusform>
            <numerusform>%Ln photos to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Imported %Ln contact(s), skipped %1.</source>
        <translation>
            <numerusform>Imported %Ln contact, skipped %1.</numerusform>
            <numerusform>Imported %Ln contacts, skipped %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message numerus="yes">
        <source>met %Ln time(s) before</source>
        <translation>
            <numerusform>met once before</numerusform>
            <numerusform>met %Ln times before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySummaryDialog</name>
    <message numerus="yes">
        <source>From %1: %Ln new contact(s), %2 already in this library.</source>
        <translation>
            <numerusform>From %1: %Ln new contact, %2 already in this library.</numerusform>
            <numerusform>From %1: %Ln new contacts, %2 already in this library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message numerus="yes">
        <source>Library exported to %1: %Ln contact(s).</source>
        <translation>
            <numerusform>Library exported to %1: %Ln contact.</numerusform>
            <numerusform>Library exported to %1: %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Library imported: %Ln new contact(s).</source>
        <translation>
            <numerusform>Library imported: %Ln new contact.</numerusform>
            <numerusform>Library imported: %Ln new contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRecorder</name>
    <message numerus="yes">
        <source>Record a meeting with %Ln contact(s)</source>
        <translation>
            <numerusform>Record a meeting with %Ln contact</numerusform>
            <numerusform>Record a meeting with %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) recorded (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%Ln meeting recorded (Ctrl+Z to undo).</numerusform>
            <numerusform>%Ln meetings recorded (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <source>%n photo(s) received.</source>
        <translation>
            <numerusform>%n photo received.</numerusform>
            <numerusform>%n photos received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <source>Card read again: %Ln line(s).</source>
        <translation>
            <numerusform>Card read again: %Ln line.</numerusform>
            <numerusform>Card read again: %Ln lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowFolderWatch</name>
    <message numerus="yes">
        <source>%n card(s) arrived</source>
        <translation>
            <numerusform>%n card arrived</numerusform>
            <numerusform>%n cards arrived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowInterchange</name>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln contact to %1.</numerusform>
            <numerusform>Exported %Ln contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln contact(s).</source>
        <translation>
            <numerusform>Imported %Ln contact.</numerusform>
            <numerusform>Imported %Ln contacts.</numerusform>
        </translation>
    </message>
</context>
</TS>

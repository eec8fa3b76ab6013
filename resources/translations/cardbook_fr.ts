<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import cards…</source>
        <translation>&amp;Importer des cartes…</translation>
    </message>
    <message>
        <source>Read photos or scans of business cards into contacts</source>
        <translation>Lire des photos ou des scans de cartes de visite et en faire des contacts</translation>
    </message>
    <message>
        <source>Receive from &amp;phone…</source>
        <translation>Recevoir du &amp;téléphone…</translation>
    </message>
    <message>
        <source>Send photos of cards from your phone&apos;s browser, over the Wi-Fi</source>
        <translation>Envoyer des photos de cartes depuis le navigateur de votre téléphone, par le Wi-Fi</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <source>Type in a contact by hand</source>
        <translation>Saisir un contact à la main</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Cardbook</source>
        <translation>Fermer Cardbook</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Search people, notes, events</source>
        <translation>Rechercher des personnes, des notes, des événements</translation>
    </message>
    <message>
        <source>&amp;About Cardbook</source>
        <translation>À &amp;propos de Cardbook</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>Afficher le &amp;panneau latéral</translation>
    </message>
    <message>
        <source>C&amp;ard wall</source>
        <translation>&amp;Mur de cartes</translation>
    </message>
    <message>
        <source>The contacts as a wall of their cards, or as a list</source>
        <translation>Les contacts en mur de cartes, ou en liste</translation>
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation>&amp;Modifier le contact</translation>
    </message>
    <message>
        <source>Change this contact&apos;s details</source>
        <translation>Modifier les coordonnées de ce contact</translation>
    </message>
    <message>
        <source>&amp;Accept card</source>
        <translation>&amp;Valider la carte</translation>
    </message>
    <message>
        <source>The card was read right: it needs no review</source>
        <translation>La carte a été bien lue&#xa0;: elle n’a pas besoin d’être vérifiée</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>&amp;Supprimer le contact…</translation>
    </message>
    <message>
        <source>Delete this contact</source>
        <translation>Supprimer ce contact</translation>
    </message>
    <message>
        <source>&amp;Review cards…</source>
        <translation>Vérifier les ca&amp;rtes…</translation>
    </message>
    <message>
        <source>Check the cards read automatically, one by one</source>
        <translation>Vérifier une à une les cartes lues automatiquement</translation>
    </message>
    <message>
        <source>Review the card</source>
        <translation>Vérifier la carte</translation>
    </message>
    <message>
        <source>Check this card beside its image</source>
        <translation>Vérifier cette carte à côté de son image</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exporter des contacts…</translation>
    </message>
    <message>
        <source>Write contacts to a vCard or CSV file</source>
        <translation>Enregistrer des contacts dans un fichier vCard ou CSV</translation>
    </message>
    <message>
        <source>Import c&amp;ontacts…</source>
        <translation>Importer des c&amp;ontacts…</translation>
    </message>
    <message>
        <source>Read contacts from a vCard (.vcf) or CSV file</source>
        <translation>Lire des contacts depuis un fichier vCard (.vcf) ou CSV</translation>
    </message>
    <message>
        <source>Export &amp;library…</source>
        <translation>Exporter la bib&amp;liothèque…</translation>
    </message>
    <message>
        <source>Write the whole library to one file, to move it to another computer</source>
        <translation>Écrire toute la bibliothèque dans un seul fichier, pour la déplacer sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Import li&amp;brary…</source>
        <translation>Importer une &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Merge a library file into this library, without duplicates</source>
        <translation>Fusionner un fichier de bibliothèque dans celle-ci, sans doublons</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Find contacts recorded twice and merge them</source>
        <translation>Trouver les contacts enregistrés deux fois et les fusionner</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>M&amp;a carte…</translation>
    </message>
    <message>
        <source>Your own card, as a QR code to show</source>
        <translation>Votre propre carte, en QR code à montrer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Your country, for phone numbers on cards that name none</source>
        <translation>Votre pays, pour les numéros des cartes qui n’en indiquent aucun</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Importer des cartes</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Ma carte</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>People and the story of each exchange</source>
        <translation>Les personnes et l’histoire de chaque échange</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>The events where cards changed hands</source>
        <translation>Les événements où des cartes ont été échangées</translation>
    </message>
    <message>
        <source>Net&amp;works</source>
        <translation>Ré&amp;seaux</translation>
    </message>
    <message>
        <source>Clubs, chambers and associations, and what they cost</source>
        <translation>Clubs, chambres et associations, et ce qu’ils coûtent</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>What each event and network brought</source>
        <translation>Ce que chaque événement et chaque réseau ont apporté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>AddressBlock</name>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Building, floor</source>
        <translation>Bâtiment, étage</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Boîte postale</translation>
    </message>
    <message>
        <source>Kind of address</source>
        <translation>Type d’adresse</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
</context>
<context>
    <name>AlsoMetSection</name>
    <message>
        <source>Also met by</source>
        <translation>Autres rencontres de l’équipe</translation>
    </message>
    <message>
        <source>Nobody else in the team has met them.</source>
        <translation>Aucune autre rencontre dans l’équipe.</translation>
    </message>
    <message>
        <source>%1 at %2 (%3×)</source>
        <translation>%1 à %2 (%3×)</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
</context>
<context>
    <name>BackBanner</name>
    <message>
        <source>Yes, join it to that card (Ctrl+B)</source>
        <translation>Oui, la joindre à cette carte (Ctrl+B)</translation>
    </message>
    <message>
        <source>Its fields go into the previous card&apos;s contact; both photos are kept.</source>
        <translation>Ses champs rejoignent le contact de la carte précédente&#xa0;; les deux photos sont conservées.</translation>
    </message>
    <message>
        <source>No, a card of its own</source>
        <translation>Non, c’est une carte à part</translation>
    </message>
    <message>
        <source>This looks like the back of the previous card (%1): %2.</source>
        <translation>Ceci ressemble au verso de la carte précédente (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This looks like the back of the previous card: %2.</source>
        <translation>Ceci ressemble au verso de la carte précédente&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CardCanvas</name>
    <message>
        <source>Click to put “%1” in the field you are editing</source>
        <translation>Cliquez pour placer «&#xa0;%1&#xa0;» dans le champ en cours de saisie</translation>
    </message>
    <message>
        <source>Some words were read with low confidence (dashed, marked ?)</source>
        <translation>Certains mots ont été lus avec peu de certitude (en pointillés, marqués «&#xa0;?&#xa0;»)</translation>
    </message>
    <message>
        <source>Drag to the card&apos;s corner</source>
        <translation>Faites glisser jusqu’au coin de la carte</translation>
    </message>
    <message>
        <source>Card image</source>
        <translation>Image de la carte</translation>
    </message>
</context>
<context>
    <name>CardWall</name>
    <message>
        <source>Card wall</source>
        <translation>Mur de cartes</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nouveau contact %1</translation>
    </message>
    <message>
        <source>Met %1 again</source>
        <translation>Nouvelle rencontre avec %1</translation>
    </message>
</context>
<context>
    <name>ContactDrafts</name>
    <message>
        <source>Unsaved new contact “%1” from your last session.</source>
        <translation>Nouveau contact «&#xa0;%1&#xa0;» non enregistré lors de votre dernière session.</translation>
    </message>
    <message>
        <source>Unsaved new contact from your last session.</source>
        <translation>Nouveau contact non enregistré lors de votre dernière session.</translation>
    </message>
    <message>
        <source>Unsaved changes to this contact from your last session.</source>
        <translation>Modifications de ce contact non enregistrées lors de votre dernière session.</translation>
    </message>
</context>
<context>
    <name>ContactEditController</name>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>Unsaved changes from your last session are back: Save keeps them.</source>
        <translation>Les modifications non enregistrées de votre dernière session sont revenues&#xa0;: Enregistrer les conserve.</translation>
    </message>
    <message>
        <source>This contact no longer exists: its unsaved changes make a new contact.</source>
        <translation>Ce contact n’existe plus&#xa0;: ses modifications non enregistrées forment un nouveau contact.</translation>
    </message>
    <message>
        <source>Library busy — saving again…</source>
        <translation>Carnet occupé — nouvel essai d’enregistrement…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Contact %1 ajouté.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>This contact was deleted meanwhile.</source>
        <translation>Ce contact a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>Could not save %1: the library stayed busy (another program is writing to it). Your changes are kept as a draft: Save again later.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le carnet est resté occupé (un autre programme y écrit). Vos modifications sont gardées en brouillon&#xa0;: enregistrez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>Ce contact</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Your changes were not saved. Reload the contact and re-apply them on top (you can review them before saving), or discard them.</source>
        <translation>Vos modifications n’ont pas été enregistrées. Rechargez le contact et appliquez-les de nouveau par-dessus (vous pourrez les vérifier avant d’enregistrer), ou abandonnez-les.</translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply my changes</source>
        <translation>&amp;Recharger et réappliquer mes modifications</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Abandonner mes modifications</translation>
    </message>
    <message>
        <source>%1 was reloaded with the other changes; yours are applied again on top: check them, then Save.</source>
        <translation>%1 a été rechargé avec les autres modifications&#xa0;; les vôtres sont appliquées de nouveau par-dessus&#xa0;: vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation>Les modifications de %1 ne peuvent pas être enregistrées en l’état.</translation>
    </message>
    <message>
        <source>This contact cannot be saved as it is.</source>
        <translation>Ce contact ne peut pas être enregistré en l’état.</translation>
    </message>
    <message>
        <source>Keep editing to correct it, or discard the changes.</source>
        <translation>Continuez la saisie pour corriger, ou abandonnez les modifications.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Valider %1</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>Contact %1 validé.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Enregistrer le contact (Ctrl+S)</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Abandonner les modifications (Échap)</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Ctrl+S enregistre · Échap annule</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
</context>
<context>
    <name>ContactErasure</name>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>Erasing %1…</source>
        <translation>Effacement de %1…</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>Could not erase %1: %2</source>
        <translation>Impossible d’effacer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 erased. The undo history was cleared.</source>
        <translation>%1 effacé·e. L’historique d’annulation a été vidé.</translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln backup(s).</source>
        <translation>
            <numerusform>Retiré de %Ln sauvegarde.</numerusform>
            <numerusform>Retiré de %Ln sauvegardes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) could not be rewritten: see cardbook erase --from-backups.</source>
        <translation>
            <numerusform>%Ln sauvegarde n’a pas pu être réécrite&#xa0;: voyez cardbook erase --from-backups.</numerusform>
            <numerusform>%Ln sauvegardes n’ont pas pu être réécrites&#xa0;: voyez cardbook erase --from-backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program still has the library open: its journal is emptied later.</source>
        <translation>Un autre programme a encore le carnet ouvert&#xa0;: son journal sera vidé plus tard.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer %1 définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>Their details, encounters, referrals, follow-ups, card photos and unsaved changes are removed from the library. This cannot be undone, and the undo history is cleared. Backups made before keep them until you run: cardbook erase %1 --from-backups</source>
        <translation>Ses coordonnées, rencontres, recommandations, relances, photos de cartes et modifications non enregistrées sont retirées du carnet. C’est irréversible, et l’historique d’annulation est vidé. Les sauvegardes déjà faites les gardent jusqu’à ce que vous lanciez&#xa0;: cardbook erase %1 --from-backups</translation>
    </message>
    <message numerus="yes">
        <source>Also erase them from the %Ln backup(s) of this library</source>
        <translation>
            <numerusform>L’effacer aussi de la sauvegarde de cette bibliothèque (%Ln)</numerusform>
            <numerusform>L’effacer aussi des sauvegardes de cette bibliothèque (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>ContactFilter</name>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>One-way givers</source>
        <translation>Donneurs à sens unique</translation>
    </message>
    <message>
        <source>Cards I owe</source>
        <translation>Cartes que vous devez</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Prescripteurs</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation>Rencontrés à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Met through %1</source>
        <translation>Rencontrés via «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cards read automatically: check their fields before you rely on them.</source>
        <translation>Cartes lues automatiquement&#xa0;: vérifiez leurs champs avant de vous y fier.</translation>
    </message>
    <message>
        <source>They handed you a card and never took yours: the exchange did not happen.</source>
        <translation>Ils vous ont tendu leur carte sans jamais prendre la vôtre&#xa0;: l’échange n’a pas eu lieu.</translation>
    </message>
    <message>
        <source>You took their card without giving yours. Send it, or decide none is owed.</source>
        <translation>Vous avez pris leur carte sans donner la vôtre. Envoyez-la, ou décidez que vous ne la devez pas.</translation>
    </message>
    <message>
        <source>People who sent business your way, those with won deals first.</source>
        <translation>Les personnes qui vous ont envoyé des affaires, en commençant par celles qui ont abouti.</translation>
    </message>
    <message>
        <source>Follow-ups whose date has come.</source>
        <translation>Les relances dont la date est arrivée.</translation>
    </message>
    <message>
        <source>Everyone you met at this event.</source>
        <translation>Toutes les personnes rencontrées à cet événement.</translation>
    </message>
    <message>
        <source>Everyone you met at this network&apos;s events.</source>
        <translation>Toutes les personnes rencontrées aux événements de ce réseau.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Import photos of business cards (Ctrl+I).</source>
        <translation>Importez des photos de cartes de visite (Ctrl+I).</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à vérifier</translation>
    </message>
    <message>
        <source>Every card read so far has been checked.</source>
        <translation>Toutes les cartes lues jusqu’ici ont été vérifiées.</translation>
    </message>
    <message>
        <source>No one-way givers</source>
        <translation>Aucun donneur à sens unique</translation>
    </message>
    <message>
        <source>Everyone who handed you a card got yours, or the exchange was not recorded.</source>
        <translation>Tous ceux qui vous ont tendu leur carte ont reçu la vôtre, ou l’échange n’a pas été noté.</translation>
    </message>
    <message>
        <source>You owe no cards</source>
        <translation>Vous ne devez aucune carte</translation>
    </message>
    <message>
        <source>Everyone whose card you took has had yours.</source>
        <translation>Tous ceux dont vous avez pris la carte ont eu la vôtre.</translation>
    </message>
    <message>
        <source>No referrers yet</source>
        <translation>Aucun prescripteur pour l’instant</translation>
    </message>
    <message>
        <source>When someone sends business your way, record the referral on their page.</source>
        <translation>Quand quelqu’un vous envoie une affaire, notez la recommandation sur sa fiche.</translation>
    </message>
    <message>
        <source>No follow-up due</source>
        <translation>Aucune relance à faire</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>Rien à faire aujourd’hui.</translation>
    </message>
    <message>
        <source>Nobody recorded at this event</source>
        <translation>Personne n’a été noté à cet événement</translation>
    </message>
    <message>
        <source>Cards imported for this event will show here.</source>
        <translation>Les cartes importées pour cet événement apparaîtront ici.</translation>
    </message>
    <message>
        <source>Nobody met through this network</source>
        <translation>Personne n’a été rencontré via ce réseau</translation>
    </message>
    <message>
        <source>People met at this network&apos;s events will show here.</source>
        <translation>Les personnes rencontrées aux événements de ce réseau apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Fami&amp;ly name</source>
        <translation>Nom de fam&amp;ille</translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation>Surno&amp;m</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>Anni&amp;versary</source>
        <translation>Anni&amp;versaire</translation>
    </message>
    <message>
        <source>1980-04-15, or --04-15 without the year</source>
        <translation>1980-04-15, ou --04-15 sans l’année</translation>
    </message>
    <message>
        <source>Add an email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add a website</source>
        <translation>Ajouter un site web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Profil sur un réseau social</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind of address</source>
        <translation>Type d’adresse</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>More addresses</source>
        <translation>Autres adresses</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Add a messaging handle</source>
        <translation>Ajouter un identifiant de messagerie</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Separated by commas: referrer, Lyon</source>
        <translation>Séparées par des virgules&#xa0;: prescripteur, Lyon</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation>%1 (d’après le nom)</translation>
    </message>
    <message>
        <source>A contact needs at least a name, a company, an email or a phone number.</source>
        <translation>Un contact doit avoir au moins un nom, une entreprise, un e-mail ou un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Matching “%1”</source>
        <translation>Correspondant à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the best %1 matches; type more words to narrow them</source>
        <translation>les %1 meilleurs résultats&#xa0;; tapez d’autres mots pour affiner</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Import photos of business cards (Ctrl+I), or run &lt;b&gt;cardbook demo&lt;/b&gt; to try sample data.</source>
        <translation>Importez des photos de cartes de visite (Ctrl+I), ou lancez &lt;b&gt;cardbook demo&lt;/b&gt; pour essayer avec des données d’exemple.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check the spelling, or search for a company, a town, an event or a word from your notes.</source>
        <translation>Vérifiez l’orthographe, ou cherchez une entreprise, une ville, un événement ou un mot de vos notes.</translation>
    </message>
</context>
<context>
    <name>ContactPane</name>
    <message>
        <source>Contact details</source>
        <translation>Fiche du contact</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Aucun contact sélectionné</translation>
    </message>
    <message>
        <source>Select a contact, or drop photos of business cards here (Ctrl+I).</source>
        <translation>Sélectionnez un contact, ou déposez ici des photos de cartes de visite (Ctrl+I).</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre carnet est vide</translation>
    </message>
    <message>
        <source>Import photos of business cards (Ctrl+I) to fill it. To look around first, run &lt;b&gt;cardbook demo&lt;/b&gt; in a terminal: it adds sample contacts, events and networks.</source>
        <translation>Importez des photos de cartes de visite (Ctrl+I) pour le remplir. Pour d’abord faire le tour, lancez &lt;b&gt;cardbook demo&lt;/b&gt; dans un terminal&#xa0;: cela ajoute des contacts, des événements et des réseaux d’exemple.</translation>
    </message>
    <message>
        <source>No contact with number %1</source>
        <translation>Aucun contact numéro %1</translation>
    </message>
    <message>
        <source>It may have been deleted. Pick someone in the list.</source>
        <translation>Il a peut-être été supprimé. Choisissez quelqu’un dans la liste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Photo of the card</source>
        <translation>Photo de la carte</translation>
    </message>
    <message>
        <source>Front of the card</source>
        <translation>Recto de la carte</translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation>Verso de la carte</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Awaiting review: this card was read automatically. Check its fields before relying on it.</source>
        <translation>À vérifier&#xa0;: cette carte a été lue automatiquement. Vérifiez ses champs avant de vous y fier.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Never met in person yet.</source>
        <translation>Jamais rencontré en personne pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Met %Ln time(s)</source>
        <translation>
            <numerusform>%Ln rencontre</numerusform>
            <numerusform>%Ln rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>première le %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière le %1</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Notes and tags</source>
        <translation>Notes et étiquettes</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name, a company or a town…</source>
        <translation>Tapez un nom, une entreprise ou une ville…</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Could not read this: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (to review)</source>
        <translation>%1 (à vérifier)</translation>
    </message>
    <message>
        <source>%1 — awaiting review</source>
        <translation>%1 — à vérifier</translation>
    </message>
    <message>
        <source>Never met in person</source>
        <translation>Jamais rencontré en personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>How many times you met</source>
        <translation>Combien de fois vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>⇄ mutual · → they offered, got nothing back · ← I offered, got nothing back · ? unknown</source>
        <translation>⇄ mutuel · → l’autre a offert, sans retour · ← vous avez offert, sans retour · ? inconnu</translation>
    </message>
    <message>
        <source>Sorted by family name (right-click to change)</source>
        <translation>Trié par nom de famille (clic droit pour changer)</translation>
    </message>
    <message>
        <source>Sorted by first name (right-click to change)</source>
        <translation>Trié par prénom (clic droit pour changer)</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <source>%1: too large to be a contacts file</source>
        <translation>%1&#xa0;: trop volumineux pour être un fichier de contacts</translation>
    </message>
    <message>
        <source>neither a vCard (.vcf) nor a CSV file</source>
        <translation>ni un fichier vCard (.vcf) ni un fichier CSV</translation>
    </message>
    <message>
        <source>no contact in this file (only a header, or no entries)</source>
        <translation>aucun contact dans ce fichier (seulement un en-tête, ou aucune entrée)</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1&#xa0;: rien n’a été importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contact here</source>
        <translation>Aucun contact ici</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The contacts as a list, beside the pane</source>
        <translation>Les contacts en liste, à côté de la fiche</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>The contacts as a wall of their cards</source>
        <translation>Les contacts en mur de cartes</translation>
    </message>
    <message>
        <source>Sort by first or family name, and how names are shown</source>
        <translation>Trier par prénom ou par nom de famille, et choisir l’affichage des noms</translation>
    </message>
    <message>
        <source>By family name</source>
        <translation>Par nom de famille</translation>
    </message>
    <message>
        <source>By first name</source>
        <translation>Par prénom</translation>
    </message>
</context>
<context>
    <name>DamagedLibraryDialog</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Le carnet ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The library in %1 is damaged.</source>
        <translation>Le carnet de %1 est endommagé.</translation>
    </message>
    <message>
        <source>Restore a backup (the damaged file is kept aside, never deleted), open another library, or quit.</source>
        <translation>Restaurez une sauvegarde (le fichier endommagé est mis de côté, jamais supprimé), ouvrez un autre carnet, ou quittez.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation>Aucune sauvegarde trouvée dans %1.</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>&amp;Open another library…</source>
        <translation>&amp;Ouvrir un autre carnet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open a library folder</source>
        <translation>Ouvrir le dossier d’un carnet</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>La restauration a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Unsaved changes from your last session</source>
        <translation>Modifications non enregistrées de votre dernière session</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Open the editor with the changes typed in the last session</source>
        <translation>Ouvrir l’éditeur avec les modifications saisies lors de la dernière session</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Forget the changes typed in the last session</source>
        <translation>Oublier les modifications saisies lors de la dernière session</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Paires de doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate pair(s). Select one and choose Merge.</source>
        <translation>
            <numerusform>%Ln paire de doublons possible. Sélectionnez-la et choisissez Fusionner.</numerusform>
            <numerusform>%Ln paires de doublons possibles. Sélectionnez-en une et choisissez Fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates in the library.</source>
        <translation>Aucun doublon probable dans le carnet.</translation>
    </message>
</context>
<context>
    <name>EventCardsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Who offered first</source>
        <translation>Qui a offert en premier</translation>
    </message>
    <message>
        <source>Reciprocated</source>
        <translation>Réciproque</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change; select several rows to tag them at once.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier&#xa0;; sélectionnez plusieurs lignes pour les marquer en une fois.</translation>
    </message>
    <message>
        <source>How many times you had met this person before this event</source>
        <translation>Combien de fois vous aviez rencontré cette personne avant cet événement</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>Loading the event…</source>
        <translation>Chargement de l’événement…</translation>
    </message>
    <message>
        <source>Could not read this event: %1</source>
        <translation>Impossible de lire cet événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>This event no longer exists</source>
        <translation>Cet événement n’existe plus</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>aucun réseau</translation>
    </message>
    <message>
        <source>no place noted</source>
        <translation>aucun lieu noté</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>their card came one way at: %1</source>
        <translation>carte reçue sans retour à&#xa0;: %1</translation>
    </message>
    <message>
        <source>no card owed</source>
        <translation>aucune carte due</translation>
    </message>
    <message>
        <source>Select the cards to tag first (Ctrl+A selects them all).</source>
        <translation>Sélectionnez d’abord les cartes à marquer (Ctrl+A les sélectionne toutes).</translation>
    </message>
</context>
<context>
    <name>EventDetailView</name>
    <message>
        <source>Ctrl+Z undoes</source>
        <translation>Ctrl+Z annule</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Back to the list of events (Alt+Left)</source>
        <translation>Retour à la liste des événements (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Modifier l’événement…</translation>
    </message>
    <message>
        <source>Change the name, date, place or network (Ctrl+E)</source>
        <translation>Modifier le nom, la date, le lieu ou le réseau (Ctrl+E)</translation>
    </message>
    <message>
        <source>After-event report</source>
        <translation>Rapport d’après l’événement</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Supprimer l’événement…</translation>
    </message>
    <message>
        <source>Delete this event; the people met there stay in your contacts</source>
        <translation>Supprimer cet événement&#xa0;; les personnes rencontrées sur place restent dans vos contacts</translation>
    </message>
    <message>
        <source>Add people I met here…</source>
        <translation>Ajouter des personnes rencontrées ici…</translation>
    </message>
    <message>
        <source>Record a meeting here with people already in your contacts, several at once (Ctrl+M)</source>
        <translation>Noter une rencontre ici avec des personnes déjà dans vos contacts, plusieurs à la fois (Ctrl+M)</translation>
    </message>
    <message>
        <source>cards collected</source>
        <translation>cartes reçues</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>nouveaux contacts</translation>
    </message>
    <message>
        <source>met again</source>
        <translation>revus</translation>
    </message>
    <message>
        <source>mutual exchanges</source>
        <translation>échanges mutuels</translation>
    </message>
    <message>
        <source>Cards collected at this event</source>
        <translation>Cartes reçues à cet événement</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message>
        <source>Record the exchange of the selected cards:</source>
        <translation>Noter l’échange des cartes choisies&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>One key per card, then on to the next:</source>
        <translation>Une touche par carte, puis la suivante&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody here had been met before: every card is a new contact.</source>
        <translation>Personne ici n’avait été rencontré avant&#xa0;: chaque carte est un nouveau contact.</translation>
    </message>
    <message>
        <source>Nobody handed out a card without taking yours. Cards went both ways, or were not noted.</source>
        <translation>Personne n’a tendu sa carte sans prendre la vôtre. Les cartes ont été échangées, ou l’échange n’a pas été noté.</translation>
    </message>
    <message>
        <source>You owe nobody a card from this event.</source>
        <translation>Vous ne devez de carte à personne de cet événement.</translation>
    </message>
    <message>
        <source>Met again</source>
        <translation>Revus</translation>
    </message>
    <message>
        <source>Met again (%1)</source>
        <translation>Revus (%1)</translation>
    </message>
    <message>
        <source>One-way givers</source>
        <translation>Donneurs à sens unique</translation>
    </message>
    <message>
        <source>One-way givers (%1)</source>
        <translation>Donneurs à sens unique (%1)</translation>
    </message>
    <message>
        <source>Cards I owe</source>
        <translation>Cartes que vous devez</translation>
    </message>
    <message>
        <source>Cards I owe (%1)</source>
        <translation>Cartes que vous devez (%1)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>e.g. Club breakfast, Chamber of commerce evening</source>
        <translation>p. ex. Petit-déjeuner du club, Soirée de la CCI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Venue, town</source>
        <translation>Lieu, ville</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Aucun réseau</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Créer l’événement</translation>
    </message>
    <message>
        <source>Give the event a name, for example the club and the occasion.</source>
        <translation>Donnez un nom à l’événement, par exemple le club et l’occasion.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Cards collected</source>
        <translation>Cartes reçues</translation>
    </message>
    <message>
        <source>Cards recorded at this event, one per person met</source>
        <translation>Cartes notées à cet événement, une par personne rencontrée</translation>
    </message>
    <message>
        <source>Mutual exchanges</source>
        <translation>Échanges mutuels</translation>
    </message>
    <message>
        <source>Share of the exchanges noted there where cards went both ways</source>
        <translation>Part des échanges notés où les cartes ont été échangées dans les deux sens</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Loading the events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>Impossible de lire les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Record an event where cards changed hands</source>
        <translation>Noter un événement où des cartes ont été échangées</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <source>&amp;Open event</source>
        <translation>&amp;Ouvrir l’événement</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Supprimer l’événement…</translation>
    </message>
    <message>
        <source>Delete the chosen event; the people met there stay in your contacts</source>
        <translation>Supprimer l’événement choisi&#xa0;; les personnes rencontrées sur place restent dans vos contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Where cards changed hands. Open an event to tag its exchanges, see whom you met again and which cards you still owe.</source>
        <translation>Là où des cartes ont été échangées. Ouvrez un événement pour marquer ses échanges, voir qui vous avez revu et quelles cartes vous devez encore.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>Record the breakfasts, evenings and fairs where you collect cards (Ctrl+Shift+N). Cards imported from an event are linked to it, and the event shows how each exchange went.</source>
        <translation>Notez les petits-déjeuners, soirées et salons où vous recevez des cartes (Ctrl+Maj+N). Les cartes importées d’un événement y sont liées, et l’événement montre comment s’est passé chaque échange.</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>Modifier l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>“%1” created. Import the cards collected there next.</source>
        <translation>«&#xa0;%1&#xa0;» créé. Importez ensuite les cartes reçues à cet événement.</translation>
    </message>
    <message>
        <source>Delete event “%1”</source>
        <translation>Supprimer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” deleted. Ctrl+Z brings it back.</source>
        <translation>Événement «&#xa0;%1&#xa0;» supprimé. Ctrl+Z le fait revenir.</translation>
    </message>
    <message>
        <source>Nobody was recorded at this event: no contact changes.</source>
        <translation>Personne n’est enregistré à cet événement&#xa0;: aucun contact ne change.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep the date and the place (%1).</source>
        <translation>
            <numerusform>%Ln personne rencontrée sur place reste dans vos contacts&#xa0;; sa rencontre conserve la date et le lieu (%1).</numerusform>
            <numerusform>Les %Ln personnes rencontrées sur place restent dans vos contacts&#xa0;; leurs rencontres conservent la date et le lieu (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep the place (%1).</source>
        <translation>
            <numerusform>%Ln personne rencontrée sur place reste dans vos contacts&#xa0;; sa rencontre conserve le lieu (%1).</numerusform>
            <numerusform>Les %Ln personnes rencontrées sur place restent dans vos contacts&#xa0;; leurs rencontres conservent le lieu (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep the date, and “%1” as their place.</source>
        <translation>
            <numerusform>%Ln personne rencontrée sur place reste dans vos contacts&#xa0;; sa rencontre conserve la date, avec «&#xa0;%1&#xa0;» comme lieu.</numerusform>
            <numerusform>Les %Ln personnes rencontrées sur place restent dans vos contacts&#xa0;; leurs rencontres conservent la date, avec «&#xa0;%1&#xa0;» comme lieu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people met there stay in your contacts; their meetings keep “%1” as their place.</source>
        <translation>
            <numerusform>%Ln personne rencontrée sur place reste dans vos contacts&#xa0;; sa rencontre conserve «&#xa0;%1&#xa0;» comme lieu.</numerusform>
            <numerusform>Les %Ln personnes rencontrées sur place restent dans vos contacts&#xa0;; leurs rencontres conservent «&#xa0;%1&#xa0;» comme lieu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>I sent my card</source>
        <translation>Carte envoyée</translation>
    </message>
    <message>
        <source>Mark their card as answered today: the exchange becomes mutual</source>
        <translation>Noter que vous avez répondu à sa carte aujourd’hui&#xa0;: l’échange devient mutuel</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Envoyée aujourd’hui</translation>
    </message>
    <message>
        <source>Sent on another day…</source>
        <translation>Envoyée un autre jour…</translation>
    </message>
    <message>
        <source>No card owed</source>
        <translation>Aucune carte due</translation>
    </message>
    <message>
        <source>You took their card and do not mean to answer it: remove them from the cards you owe</source>
        <translation>Vous avez pris sa carte et ne comptez pas y répondre&#xa0;: le retirer des cartes que vous devez</translation>
    </message>
    <message>
        <source>I sent my card to %1</source>
        <translation>Carte envoyée à %1</translation>
    </message>
    <message>
        <source>No card owed to %1</source>
        <translation>Aucune carte due à %1</translation>
    </message>
</context>
<context>
    <name>ExchangeEditor</name>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Rien n’a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to change: it was already so.</source>
        <translation>Rien à changer&#xa0;: c’était déjà le cas.</translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>(Ctrl+Z pour annuler)</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln card(s): %1</source>
        <translation>
            <numerusform>Marquer %Ln carte&#xa0;: %1</numerusform>
            <numerusform>Marquer %Ln cartes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>I sent my card to %1</source>
        <translation>Carte envoyée à %1</translation>
    </message>
    <message>
        <source>Marked as sent to %1 on %2.</source>
        <translation>Carte notée comme envoyée à %1 le %2.</translation>
    </message>
    <message>
        <source>No card owed to %1</source>
        <translation>Aucune carte due à %1</translation>
    </message>
    <message>
        <source>%1 left the cards you owe.</source>
        <translation>%1 ne fait plus partie des cartes que vous devez.</translation>
    </message>
    <message>
        <source>%1 sent their card</source>
        <translation>%1 a envoyé sa carte</translation>
    </message>
    <message>
        <source>Marked %1&apos;s card as received on %2.</source>
        <translation>Carte de %1 notée comme reçue le %2.</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>The e&amp;xchange</source>
        <translation>&amp;L’échange</translation>
    </message>
    <message>
        <source>Yes, we exchanged cards</source>
        <translation>Oui, nous avons échangé nos cartes</translation>
    </message>
    <message>
        <source>No: they did not ask for mine</source>
        <translation>Non&#xa0;: on ne vous a pas demandé la vôtre</translation>
    </message>
    <message>
        <source>No: I had none, or forgot (a card I owe)</source>
        <translation>Non&#xa0;: aucune sur vous, ou oubliée (carte due)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inconnu (non noté)</translation>
    </message>
    <message>
        <source>No cards this time (we had each other&apos;s)</source>
        <translation>Pas de cartes cette fois (déjà échangées)</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>key: yes, we exchanged cards</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key: no, they did not ask for mine</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>H</source>
        <comment>key: no, I had none or forgot</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>U</source>
        <comment>key: not recorded</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key: no cards this time, we already had each other&apos;s</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>Lui ou elle</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>T</source>
        <comment>key: they offered first</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key: I offered first</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>You have their card. Did you give yours?</source>
        <translation>Vous avez sa carte. Avez-vous donné la vôtre&#xa0;?</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Touche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who offered first?</source>
        <translation>Qui a offert sa carte en premier&#xa0;?</translation>
    </message>
    <message>
        <source>Next card as soon as the exchange is recorded</source>
        <translation>Carte suivante dès que l’échange est noté</translation>
    </message>
    <message>
        <source>An answer key accepts the card as it is and shows the next one (one undo step)</source>
        <translation>Une touche de réponse valide la carte telle quelle et affiche la suivante (une seule étape à annuler)</translation>
    </message>
    <message>
        <source>What they are looking for</source>
        <translation>Ce que la personne recherche</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Ce que la personne propose</translation>
    </message>
    <message>
        <source>They need</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>They offer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>No meeting is recorded with this contact.</source>
        <translation>Aucune rencontre n’est notée avec ce contact.</translation>
    </message>
    <message>
        <source>How did the exchange go? Press %1.</source>
        <translation>Comment s’est passé l’échange&#xa0;? Appuyez sur %1.</translation>
    </message>
    <message>
        <source>They gave theirs and you did not give yours: why was not recorded.</source>
        <translation>L’autre vous a donné sa carte sans recevoir la vôtre&#xa0;: la raison n’a pas été notée.</translation>
    </message>
    <message>
        <source>Recorded: you offered yours and got none — yet you have their card.</source>
        <translation>Noté&#xa0;: vous avez offert la vôtre sans recevoir la sienne — pourtant vous avez sa carte.</translation>
    </message>
</context>
<context>
    <name>ExchangeRecorder</name>
    <message>
        <source>Could not record the exchange: %1</source>
        <translation>Impossible de noter l’échange&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange with %1</source>
        <translation>Échange avec %1</translation>
    </message>
    <message>
        <source>this card</source>
        <translation>cette carte</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>Encounters and exchanges</source>
        <translation>Rencontres et échanges</translation>
    </message>
    <message>
        <source>Record a &amp;meeting…</source>
        <translation>Noter une &amp;rencontre…</translation>
    </message>
    <message>
        <source>You met them again: record it, with or without cards changing hands</source>
        <translation>Vous avez revu cette personne&#xa0;: notez-le, que des cartes aient été échangées ou non</translation>
    </message>
    <message>
        <source>Record a meeting…</source>
        <translation>Noter une rencontre…</translation>
    </message>
    <message>
        <source>No meeting recorded yet. Import their card, or record a meeting you had (Ctrl+M).</source>
        <translation>Aucune rencontre notée pour l’instant. Importez sa carte, ou notez une rencontre (Ctrl+M).</translation>
    </message>
    <message>
        <source>Met outside any recorded event</source>
        <translation>Rencontre en dehors de tout événement noté</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(le %1)</translation>
    </message>
</context>
<context>
    <name>ExchangeTagButton</name>
    <message>
        <source>Change who offered a card first and whether it was reciprocated</source>
        <translation>Modifier qui a offert sa carte en premier et si l’échange a été réciproque</translation>
    </message>
    <message>
        <source>Exchange at %1: %2. Change</source>
        <translation>Échange à %1&#xa0;: %2. Modifier</translation>
    </message>
    <message>
        <source>Who offered first</source>
        <translation>Qui a offert en premier</translation>
    </message>
    <message>
        <source>Did they answer?</source>
        <translation>Carte rendue&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>vCard (.vcf) — phones, Apple and Google contacts</source>
        <translation>vCard (.vcf) — téléphones, contacts Apple et Google</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>CSV Google Contacts</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV Outlook</translation>
    </message>
    <message>
        <source>Spreadsheet CSV, with the exchange history</source>
        <translation>CSV pour tableur, avec l’historique des échanges</translation>
    </message>
    <message>
        <source>For &amp;French Excel (“;” separator)</source>
        <translation>Pour E&amp;xcel en français (séparateur «&#xa0;;&#xa0;»)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>UTF-8 (every alphabet)</source>
        <translation>UTF-8 (tous les alphabets)</translation>
    </message>
    <message>
        <source>Windows-1252 (older Outlook; Western European letters only)</source>
        <translation>Windows-1252 (ancien Outlook, lettres d’Europe de l’Ouest seulement)</translation>
    </message>
    <message>
        <source>&amp;All contacts (%1)</source>
        <translation>&amp;Tous les contacts (%1)</translation>
    </message>
    <message>
        <source>The &amp;current list (%1)</source>
        <translation>La &amp;liste affichée (%1)</translation>
    </message>
    <message>
        <source>&amp;One file</source>
        <translation>&amp;Un seul fichier</translation>
    </message>
    <message>
        <source>One file &amp;per contact, in a folder</source>
        <translation>Un fichier &amp;par contact, dans un dossier</translation>
    </message>
    <message>
        <source>Include the &amp;meetings and referrals in the notes</source>
        <translation>Inclure les &amp;rencontres et recommandations dans les notes</translation>
    </message>
    <message>
        <source>Include the card &amp;images as photos</source>
        <translation>Inclure les &amp;images des cartes comme photos</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>Enc&amp;odage&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>from your earlier correction</source>
        <translation>d’après une de vos corrections</translation>
    </message>
    <message>
        <source>Proposed because you corrected a card like this one before.</source>
        <translation>Proposé parce que vous avez déjà corrigé une carte semblable.</translation>
    </message>
    <message>
        <source>Read with low confidence (%1%): check it against the card.</source>
        <translation>Lu avec peu de certitude (%1&#x202f;%)&#xa0;: comparez avec la carte.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up for %1</source>
        <translation>Nouvelle relance pour %1</translation>
    </message>
    <message>
        <source>e.g. Send the brochure, suggest a coffee</source>
        <translation>p. ex. Envoyer la plaquette, proposer un café</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Garder le contact toutes les</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>Number of weeks between reminders</source>
        <translation>Nombre de semaines entre deux rappels</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Q&amp;uand&#xa0;:</translation>
    </message>
    <message>
        <source>Rhythm:</source>
        <translation>Rythme&#xa0;:</translation>
    </message>
    <message>
        <source>A rhythm moves on by itself each time you meet them.</source>
        <translation>Un rythme se décale tout seul à chaque fois que vous rencontrez la personne.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter la relance</translation>
    </message>
    <message>
        <source>Say what to do, or give a date or a rhythm: an empty reminder would remind you of nothing.</source>
        <translation>Indiquez quoi faire, ou une date, ou un rythme&#xa0;: un rappel vide ne vous rappellerait rien.</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Ajouter une &amp;relance…</translation>
    </message>
    <message>
        <source>Remind me to get back to this person, once or every few weeks</source>
        <translation>Un rappel pour recontacter cette personne, une fois ou toutes les quelques semaines</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Ajouter une relance…</translation>
    </message>
    <message>
        <source>Nothing planned. Add a follow-up to remember to get back to them.</source>
        <translation>Rien de prévu. Ajoutez une relance pour penser à reprendre contact.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>faite le %1</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>rythme de %Ln semaine</numerusform>
            <numerusform>rythme de %Ln semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Get back in touch</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>Reporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>1 week later</source>
        <translation>Une semaine plus tard</translation>
    </message>
    <message>
        <source>1 month later</source>
        <translation>Un mois plus tard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Mark “%1” as done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme faite</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter une relance</translation>
    </message>
    <message>
        <source>Snooze follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Reportée au %1.</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Marquer la relance comme faite</translation>
    </message>
    <message>
        <source>Done. The next one is due %1.</source>
        <translation>Faite. La prochaine est prévue le %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Faite.</translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>(Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Rien n’a changé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FullScreenCard</name>
    <message>
        <source>My card</source>
        <translation>Ma carte</translation>
    </message>
    <message>
        <source>QR code of my card</source>
        <translation>QR code de ma carte</translation>
    </message>
    <message>
        <source>Scan with a phone camera to add me · Esc leaves</source>
        <translation>Scannez avec l’appareil photo d’un téléphone pour m’ajouter · Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Choose photos of business cards</source>
        <translation>Choisir des photos de cartes de visite</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Choose a folder of card photos</source>
        <translation>Choisir un dossier de photos de cartes</translation>
    </message>
    <message>
        <source>Cards are being read: wait for the end, or cancel, before importing more.</source>
        <translation>Des cartes sont en cours de lecture&#xa0;: attendez la fin, ou annulez, avant d’en importer d’autres.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Recherche des photos…</translation>
    </message>
    <message>
        <source>No photos found there (JPEG, PNG, HEIC, WebP or TIFF).</source>
        <translation>Aucune photo trouvée ici (JPEG, PNG, HEIC, WebP ou TIFF).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other file(s) passed over, e.g. %1.</source>
        <translation>
            <numerusform>%Ln autre fichier laissé de côté, par exemple %1.</numerusform>
            <numerusform>%Ln autres fichiers laissés de côté, par exemple %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no event</source>
        <translation>aucun événement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) — %1</source>
        <translation>
            <numerusform>%Ln photo — %1</numerusform>
            <numerusform>%Ln photos — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. Each card becomes a contact awaiting review.</source>
        <translation>Vous pouvez continuer à travailler pendant ce temps. Chaque carte devient un contact à vérifier.</translation>
    </message>
    <message>
        <source>Cancelling after the photos being read…</source>
        <translation>Annulation après les photos en cours de lecture…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln photo(s)…</source>
        <translation>
            <numerusform>Lecture de %Ln photo…</numerusform>
            <numerusform>Lecture de %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %Ln photo(s) (%2)</source>
        <translation>
            <numerusform>Photo lue&#xa0;: %1 sur %Ln (%2)</numerusform>
            <numerusform>Photos lues&#xa0;: %1 sur %Ln (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Lecture interrompue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) read</source>
        <translation>
            <numerusform>%Ln carte lue</numerusform>
            <numerusform>%Ln cartes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) could not be read</source>
        <translation>
            <numerusform>%Ln photo n’a pas pu être lue</numerusform>
            <numerusform>%Ln photos n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) without a card</source>
        <translation>
            <numerusform>%Ln photo sans carte</numerusform>
            <numerusform>%Ln photos sans carte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) passed over (not photos)</source>
        <translation>
            <numerusform>%Ln fichier laissé de côté (pas une photo)</numerusform>
            <numerusform>%Ln fichiers laissés de côté (pas des photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) added to contacts already holding the card</source>
        <translation>
            <numerusform>%Ln rencontre ajoutée à un contact qui avait déjà la carte</numerusform>
            <numerusform>%Ln rencontres ajoutées aux contacts qui avaient déjà la carte</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <source>Double-click a line to review its card.</source>
        <translation>Double-cliquez sur une ligne pour vérifier sa carte.</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>Import a &amp;folder of cards…</source>
        <translation>Importer un &amp;dossier de cartes…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Could not read the cards awaiting review: %1</source>
        <translation>Impossible de lire les cartes à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>No card is awaiting review.</source>
        <translation>Aucune carte à vérifier.</translation>
    </message>
    <message>
        <source>The photos were not read: finish editing the contact, then drop them again.</source>
        <translation>Les photos n’ont pas été lues&#xa0;: terminez la saisie du contact, puis déposez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>ImportListModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not read (cancelled)</source>
        <translation>non lue (importation annulée)</translation>
    </message>
    <message>
        <source>already imported, not read again</source>
        <translation>déjà importée, pas relue</translation>
    </message>
    <message>
        <source>already imported as %1: this meeting was added to them</source>
        <translation>déjà importée (%1)&#xa0;: cette rencontre lui a été ajoutée</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>no name read</source>
        <translation>aucun nom lu</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>not a photo file (a pipe or a device)</source>
        <translation>pas un fichier photo (un tube ou un périphérique)</translation>
    </message>
    <message>
        <source>no file extension: photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files</source>
        <translation>pas d’extension de fichier&#xa0;: les photos sont lues dans les fichiers .jpg, .png, .webp, .tif, .heic et .bmp</translation>
    </message>
    <message>
        <source>%1 files are not photos: photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files</source>
        <translation>les fichiers %1 ne sont pas des photos&#xa0;: les photos sont lues dans les fichiers .jpg, .png, .webp, .tif, .heic et .bmp</translation>
    </message>
    <message>
        <source>no text found on this photo</source>
        <translation>aucun texte trouvé sur cette photo</translation>
    </message>
    <message>
        <source>the image is too small to hold a card</source>
        <translation>l’image est trop petite pour contenir une carte</translation>
    </message>
    <message>
        <source>a card cut by the edge of the photo (photograph it whole to read it)</source>
        <translation>une carte coupée par le bord de la photo (photographiez-la entière pour la lire)</translation>
    </message>
    <message>
        <source>the back of a card read from this photo, with nothing new on it</source>
        <translation>le verso d’une carte lue sur cette photo, sans rien de nouveau</translation>
    </message>
    <message>
        <source>no card found on this photo</source>
        <translation>aucune carte trouvée sur cette photo</translation>
    </message>
    <message>
        <source>passed over: %1</source>
        <translation>laissé de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s): %1</source>
        <translation>
            <numerusform>%Ln carte&#xa0;: %1</numerusform>
            <numerusform>%Ln cartes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the back of the card above: %1</source>
        <translation>le verso de la carte ci-dessus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>écartée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Drop photos of business cards here</source>
        <translation>Déposez ici des photos de cartes de visite</translation>
    </message>
    <message>
        <source>Or press Ctrl+I to choose photos or scans (JPEG, PNG, HEIC, WebP, TIFF); a whole folder works too. Cardbook finds every card in each photo and reads it on this computer, while you keep working.</source>
        <translation>Ou appuyez sur Ctrl+I pour choisir des photos ou des scans (JPEG, PNG, HEIC, WebP, TIFF)&#xa0;; un dossier entier convient aussi. Cardbook trouve chaque carte sur chaque photo et la lit sur cet ordinateur, pendant que vous continuez à travailler.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>%v of %m photos read</source>
        <translation>%v photos lues sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the photos being read; the cards read so far are kept</source>
        <translation>Arrêter après les photos en cours de lecture&#xa0;; les cartes déjà lues sont conservées</translation>
    </message>
    <message>
        <source>Photos of this batch</source>
        <translation>Photos de ce lot</translation>
    </message>
    <message>
        <source>Import more cards…</source>
        <translation>Importer d’autres cartes…</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln card(s)</source>
        <translation>
            <numerusform>Vérifier %Ln carte</numerusform>
            <numerusform>Vérifier %Ln cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <source>Import cards</source>
        <translation>Importer des cartes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) to read.</source>
        <translation>
            <numerusform>%Ln photo à lire.</numerusform>
            <numerusform>%Ln photos à lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where did these cards come from? What you set here applies to every card; you can change it for each card during the review.</source>
        <translation>D’où viennent ces cartes&#xa0;? Ce que vous indiquez ici s’applique à toutes les cartes&#xa0;; vous pourrez le modifier pour chaque carte pendant la vérification.</translation>
    </message>
    <message>
        <source>Name of the event, or leave empty</source>
        <translation>Nom de l’événement, ou laisser vide</translation>
    </message>
    <message>
        <source>Ask me for each card, during the review (one key per card)</source>
        <translation>Vous demander pour chaque carte, pendant la vérification (une touche par carte)</translation>
    </message>
    <message>
        <source>We exchanged cards</source>
        <translation>Nous avons échangé nos cartes</translation>
    </message>
    <message>
        <source>They gave theirs and did not ask for mine</source>
        <translation>L’autre a donné sa carte sans vous demander la vôtre</translation>
    </message>
    <message>
        <source>They gave theirs; I had none, or forgot mine</source>
        <translation>L’autre a donné sa carte&#xa0;; vous n’en aviez pas, ou avez oublié la vôtre</translation>
    </message>
    <message>
        <source>They offered first; the rest not recorded</source>
        <translation>L’autre a offert en premier&#xa0;; la suite n’est pas notée</translation>
    </message>
    <message>
        <source>&amp;Front and back: every second photo is the back of the one before</source>
        <translation>Recto &amp;verso&#xa0;: une photo sur deux est le verso de la précédente</translation>
    </message>
    <message>
        <source>Take each card&apos;s front, then its back. The back&apos;s fields are added to the front&apos;s contact and both photos are kept. One card alone can also be joined during the review (Ctrl+B).</source>
        <translation>Photographiez le recto de chaque carte, puis son verso. Les champs du verso sont ajoutés au contact du recto et les deux photos sont conservées. Pendant la vérification, vous pouvez aussi joindre une carte à la précédente (Ctrl+B).</translation>
    </message>
    <message>
        <source>(No event)</source>
        <translation>(Aucun événement)</translation>
    </message>
    <message>
        <source>Optional: the town or the venue</source>
        <translation>Facultatif&#xa0;: la ville ou le lieu</translation>
    </message>
    <message>
        <source>(None)</source>
        <translation>(Aucun)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>The exchange, for the whole batch</source>
        <translation>L’échange, pour tout le lot</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Read the cards</source>
        <translation>Lire les cartes</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>Impossible de lire les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>An event you already recorded: the cards are added to it.</source>
        <translation>Un événement déjà noté&#xa0;: les cartes y sont ajoutées.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Contacts imported</source>
        <translation>Contacts importés</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln contact(s), skipped %1.</source>
        <translation>
            <numerusform>%Ln contact importé, ignorés&#xa0;: %1.</numerusform>
            <numerusform>%Ln contacts importés, ignorés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importés&#xa0;:</translation>
    </message>
    <message>
        <source>Cards not imported and why</source>
        <translation>Cartes non importées et pourquoi</translation>
    </message>
    <message>
        <source>Imported, with a remark:</source>
        <translation>Importé, avec une remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Remarks on the files imported</source>
        <translation>Remarques sur les fichiers importés</translation>
    </message>
    <message>
        <source>Possible duplicates (%1):</source>
        <translation>Doublons possibles (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 may be %2 — %3</source>
        <translation>%1 est peut-être %2 — %3</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Vérifier %1</translation>
    </message>
</context>
<context>
    <name>IntroductionsModel</name>
    <message>
        <source>Best first</source>
        <translation>Les meilleures d’abord</translation>
    </message>
    <message>
        <source>Who needs</source>
        <translation>Qui cherche</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Ce qu’il cherche</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>offers the tag “%1”</source>
        <translation>propose l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>offers: “%1”</source>
        <translation>propose&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>title: “%1”</source>
        <translation>fonction&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tag: “%1”</source>
        <translation>étiquette&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>company: “%1”</source>
        <translation>entreprise&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>their offers mention “%1”</source>
        <translation>ses offres mentionnent «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>IntroductionsPage</name>
    <message>
        <source>Introductions I could make</source>
        <translation>Mises en relation possibles</translation>
    </message>
    <message>
        <source>People whose needs another contact answers, best first, and why. Introducing them is how you become a referrer: it records a referral between them and reminds you to ask how it went.</source>
        <translation>Les personnes dont un autre contact peut combler le besoin, les meilleures d’abord, et pourquoi. Les mettre en relation, c’est devenir prescripteur&#xa0;: une recommandation est notée entre eux et un rappel vous invite à demander comment cela s’est passé.</translation>
    </message>
    <message>
        <source>Looking for introductions…</source>
        <translation>Recherche des mises en relation…</translation>
    </message>
    <message>
        <source>Could not look for introductions: %1</source>
        <translation>Impossible de chercher les mises en relation&#xa0;: %1</translation>
    </message>
    <message>
        <source>No introduction to suggest</source>
        <translation>Aucune mise en relation à proposer</translation>
    </message>
    <message>
        <source>Note on a contact&apos;s page what they are looking for and what they offer (What can I bring?): introductions come from it.</source>
        <translation>Notez sur la fiche d’un contact ce qu’il cherche et ce qu’il propose (Que pouvez-vous apporter&#xa0;?)&#xa0;: les mises en relation en découlent.</translation>
    </message>
    <message>
        <source>&amp;Make this introduction</source>
        <translation>&amp;Faire cette mise en relation</translation>
    </message>
    <message>
        <source>Record a referral between the two and a follow-up in two weeks (Ctrl+Z undoes)</source>
        <translation>Noter une recommandation entre les deux et un suivi dans deux semaines (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Open the one who &amp;needs</source>
        <translation>Ouvrir celui qui &amp;cherche</translation>
    </message>
    <message>
        <source>Open the one who can &amp;help</source>
        <translation>Ouvrir celui qui peut &amp;aider</translation>
    </message>
    <message>
        <source>%1, need: “%2”. %3 — %4.</source>
        <translation>%1, besoin&#xa0;: «&#xa0;%2&#xa0;». %3 — %4.</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Rien n’a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Introduce %1 to %2</source>
        <translation>Présenter %1 à %2</translation>
    </message>
    <message>
        <source>%1 introduced to %2; a follow-up is due %3. (Ctrl+Z to undo)</source>
        <translation>%1 présenté à %2&#xa0;; un suivi est prévu le %3. (Ctrl+Z pour annuler)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>mutual</source>
        <translation>mutuel</translation>
    </message>
    <message>
        <source>they offered</source>
        <translation>l’autre a offert</translation>
    </message>
    <message>
        <source>I offered</source>
        <translation>vous avez offert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no cards this time</source>
        <translation>pas de cartes cette fois</translation>
    </message>
    <message>
        <source>Cards went both ways.</source>
        <translation>Les cartes ont été échangées dans les deux sens.</translation>
    </message>
    <message>
        <source>They gave you their card and never got yours.</source>
        <translation>Cette personne vous a donné sa carte et n’a jamais eu la vôtre.</translation>
    </message>
    <message>
        <source>You gave your card and never got theirs.</source>
        <translation>Vous avez donné votre carte et n’avez jamais eu la sienne.</translation>
    </message>
    <message>
        <source>Not enough was recorded to tell whether cards went both ways.</source>
        <translation>Pas assez d’informations notées pour savoir si les cartes ont été échangées dans les deux sens.</translation>
    </message>
    <message>
        <source>No cards changed hands: you already had each other&apos;s.</source>
        <translation>Aucune carte échangée&#xa0;: vous aviez déjà chacun celle de l’autre.</translation>
    </message>
    <message>
        <source>no cards this time: you already had each other&apos;s</source>
        <translation>pas de cartes cette fois&#xa0;: vous aviez déjà chacun celle de l’autre</translation>
    </message>
    <message>
        <source>they offered first</source>
        <translation>l’autre a offert en premier</translation>
    </message>
    <message>
        <source>you gave yours later</source>
        <translation>vous avez donné la vôtre plus tard</translation>
    </message>
    <message>
        <source>you gave yours back</source>
        <translation>vous avez donné la vôtre en retour</translation>
    </message>
    <message>
        <source>you did not give yours</source>
        <translation>vous n’avez pas donné la vôtre</translation>
    </message>
    <message>
        <source>you offered first</source>
        <translation>vous avez offert en premier</translation>
    </message>
    <message>
        <source>they gave theirs later</source>
        <translation>l’autre a donné la sienne plus tard</translation>
    </message>
    <message>
        <source>they gave theirs back</source>
        <translation>l’autre a donné la sienne en retour</translation>
    </message>
    <message>
        <source>they did not give theirs</source>
        <translation>l’autre n’a pas donné la sienne</translation>
    </message>
    <message>
        <source>cards exchanged</source>
        <translation>cartes échangées</translation>
    </message>
    <message>
        <source>no card owed</source>
        <translation>aucune carte due</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
    <message>
        <source>main line</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>car</source>
        <translation>voiture</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>textphone</source>
        <translation>téléscripteur</translation>
    </message>
    <message>
        <source>ISDN</source>
        <translation>RNIS</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>Business club</source>
        <translation>Club d’affaires</translation>
    </message>
    <message>
        <source>Chamber of commerce</source>
        <translation>Chambre de commerce</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Anciens élèves</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organisation professionnelle</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>won</source>
        <translation>conclue</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>a deleted contact</source>
        <translation>un contact supprimé</translation>
    </message>
    <message>
        <source>Sent business your way</source>
        <translation>Vous a envoyé une affaire</translation>
    </message>
    <message>
        <source>Sent business to %1</source>
        <translation>A envoyé une affaire à %1</translation>
    </message>
    <message>
        <source>You sent them business</source>
        <translation>Vous lui avez envoyé une affaire</translation>
    </message>
    <message>
        <source>Got business from %1</source>
        <translation>A reçu une affaire de %1</translation>
    </message>
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
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>L’autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>I offered first</source>
        <translation>Vous avez offert en premier</translation>
    </message>
    <message>
        <source>They offered first</source>
        <translation>L’autre a offert en premier</translation>
    </message>
    <message>
        <source>Not noted who offered first</source>
        <translation>Qui a offert en premier&#xa0;: non noté</translation>
    </message>
    <message>
        <source>Nobody: no cards this time</source>
        <translation>Personne&#xa0;: pas de cartes cette fois</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Reciprocated</source>
        <translation>Réciproque</translation>
    </message>
    <message>
        <source>Not reciprocated</source>
        <translation>Pas réciproque</translation>
    </message>
    <message>
        <source>Not noted whether reciprocated</source>
        <translation>Réciprocité non notée</translation>
    </message>
    <message>
        <source>Cards went both ways</source>
        <translation>Cartes échangées dans les deux sens</translation>
    </message>
    <message>
        <source>They gave theirs, did not ask for mine</source>
        <translation>Il a donné la sienne, sans demander la vôtre</translation>
    </message>
    <message>
        <source>They gave theirs, I had none: I owe mine</source>
        <translation>Il a donné la sienne, vous n’en aviez pas&#xa0;: vous lui devez la vôtre</translation>
    </message>
    <message>
        <source>They gave theirs, I gave none (why not noted)</source>
        <translation>Il a donné la sienne, pas vous (raison non notée)</translation>
    </message>
    <message>
        <source>I gave mine, got none</source>
        <translation>Vous avez donné la vôtre, sans en recevoir</translation>
    </message>
    <message>
        <source>They offered first, rest not noted</source>
        <translation>Il a proposé d’abord, la suite non notée</translation>
    </message>
    <message>
        <source>I offered first, rest not noted</source>
        <translation>Vous avez proposé d’abord, la suite non notée</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>No cards this time: we already had each other&apos;s</source>
        <translation>Pas de cartes cette fois&#xa0;: nous avions déjà chacun celle de l’autre</translation>
    </message>
    <message>
        <source>mutual</source>
        <translation>mutuel</translation>
    </message>
    <message>
        <source>did not ask for mine</source>
        <translation>n’a pas demandé la vôtre</translation>
    </message>
    <message>
        <source>I owe mine</source>
        <translation>vous lui devez la vôtre</translation>
    </message>
    <message>
        <source>they gave, why not noted</source>
        <translation>reçue, raison non notée</translation>
    </message>
    <message>
        <source>I gave, got none</source>
        <translation>donnée, rien reçu</translation>
    </message>
    <message>
        <source>they offered first</source>
        <translation>il a proposé d’abord</translation>
    </message>
    <message>
        <source>I offered first</source>
        <comment>table cell</comment>
        <translation>vous avez proposé d’abord</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>no cards this time</source>
        <translation>pas de cartes cette fois</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key: cards went both ways</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key: they did not ask for mine</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>O</source>
        <comment>key: I had none, I owe mine</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>T</source>
        <comment>key: they gave, why not noted</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <comment>key: I gave mine, got none</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>F</source>
        <comment>key: they offered first</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>I</source>
        <comment>key: I offered first</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>U</source>
        <comment>key: not noted</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key: no cards this time</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>mutual %1 of %2 recorded</source>
        <translation>mutuels&#xa0;: %1 sur %2 notés</translation>
    </message>
    <message>
        <source>, %1 not recorded</source>
        <translation>, %1 non notés</translation>
    </message>
    <message>
        <source>, %1 without cards</source>
        <translation>, %1 sans cartes</translation>
    </message>
    <message numerus="yes">
        <source>met %Ln time(s) before</source>
        <translation>
            <numerusform>%Ln rencontre avant</numerusform>
            <numerusform>%Ln rencontres avant</numerusform>
        </translation>
    </message>
    <message>
        <source>first meeting</source>
        <translation>première rencontre</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>pour aujourd’hui</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Between contacts</source>
        <translation>Entre contacts</translation>
    </message>
    <message>
        <source>Relationship strength %1 out of 5 (score %2 of 100)</source>
        <translation>Force de la relation&#xa0;: %1 sur 5 (score de %2 sur 100)</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Open lib&amp;rary…</source>
        <translation>Ouvrir un ca&amp;rnet…</translation>
    </message>
    <message>
        <source>Open another library: a folder, or a team library on a server</source>
        <translation>Ouvrir un autre carnet&#xa0;: un dossier, ou le carnet d’une équipe sur un serveur</translation>
    </message>
</context>
<context>
    <name>LibrarySummaryDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Websites and profiles</source>
        <translation>Sites web et profils</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags given to contacts</source>
        <translation>Étiquettes des contacts</translation>
    </message>
    <message>
        <source>Needs and offers (tags)</source>
        <translation>Besoins et offres (étiquettes)</translation>
    </message>
    <message>
        <source>Image files</source>
        <translation>Fichiers d’image</translation>
    </message>
    <message>
        <source>Card images</source>
        <translation>Images de cartes</translation>
    </message>
    <message>
        <source>Earlier roles</source>
        <translation>Postes précédents</translation>
    </message>
    <message>
        <source>Original texts of imported contacts</source>
        <translation>Textes d’origine des contacts importés</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Encounters and card exchanges</source>
        <translation>Rencontres et échanges de cartes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Corrections learned</source>
        <translation>Corrections apprises</translation>
    </message>
    <message>
        <source>Library settings</source>
        <translation>Réglages de la bibliothèque</translation>
    </message>
    <message>
        <source>Library imported</source>
        <translation>Bibliothèque importée</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln new contact(s), %2 already in this library.</source>
        <translation>
            <numerusform>De %1&#xa0;: %Ln nouveau contact, %2 déjà dans cette bibliothèque.</numerusform>
            <numerusform>De %1&#xa0;: %Ln nouveaux contacts, %2 déjà dans cette bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà là</translation>
    </message>
    <message>
        <source>What the library file added, and what was already here</source>
        <translation>Ce que le fichier de bibliothèque a ajouté, et ce qui était déjà là</translation>
    </message>
    <message>
        <source>Left out or ignored:</source>
        <translation>Laissé de côté ou ignoré&#xa0;:</translation>
    </message>
    <message>
        <source>What the library file held that was not imported, and why</source>
        <translation>Ce que le fichier contenait sans être importé, et pourquoi</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <source>Export library</source>
        <translation>Exporter la bibliothèque</translation>
    </message>
    <message>
        <source>Cardbook library (*.cardbook)</source>
        <translation>Bibliothèque Cardbook (*.cardbook)</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Importer une bibliothèque</translation>
    </message>
    <message>
        <source>Cardbook library (*.cardbook);;All files (*)</source>
        <translation>Bibliothèque Cardbook (*.cardbook);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Library exported to %1: %Ln contact(s).</source>
        <translation>
            <numerusform>Bibliothèque exportée dans %1&#xa0;: %Ln contact.</numerusform>
            <numerusform>Bibliothèque exportée dans %1&#xa0;: %Ln contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>Export de la bibliothèque…</translation>
    </message>
    <message numerus="yes">
        <source>Library imported: %Ln new contact(s).</source>
        <translation>
            <numerusform>Bibliothèque importée&#xa0;: %Ln nouveau contact.</numerusform>
            <numerusform>Bibliothèque importée&#xa0;: %Ln nouveaux contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the library…</source>
        <translation>Import de la bibliothèque…</translation>
    </message>
    <message>
        <source>A library export or import is already running.</source>
        <translation>Un export ou un import de bibliothèque est déjà en cours.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Library transfer failed: %1</source>
        <translation>Échec du transfert de la bibliothèque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Back to your networks</source>
        <translation>Retour à vos réseaux</translation>
    </message>
</context>
<context>
    <name>LoadingLine</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Cardbook</source>
        <translation>À propos de Cardbook</translation>
    </message>
    <message>
        <source>&lt;p&gt;A team library on the server %1 (shown without its password). This computer keeps its card images and unsaved edits in %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le carnet d’une équipe, sur le serveur %1 (affiché sans son mot de passe). Cet ordinateur garde ses images de cartes et les modifications non enregistrées dans %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays on this computer. Library: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tout reste sur cet ordinateur. Carnet&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cardbook %1&lt;/h3&gt;&lt;p&gt;Turn paper business cards into contacts, and keep the story of each exchange: where you met, who offered a card, who sent business your way.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cardbook %1&lt;/h3&gt;&lt;p&gt;Transformez vos cartes de visite papier en contacts, et gardez l’histoire de chaque échange&#xa0;: où vous vous êtes rencontrés, qui a offert sa carte, qui vous a envoyé des affaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cardbook</source>
        <translation>Cardbook</translation>
    </message>
    <message>
        <source>Unsaved changes from your last session were kept: restore or discard them.</source>
        <translation>Les modifications non enregistrées de votre dernière session ont été conservées&#xa0;: restaurez-les ou abandonnez-les.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record a meeting with %1</source>
        <translation>Noter une rencontre avec %1</translation>
    </message>
    <message>
        <source>Add people I met here</source>
        <translation>Ajouter des personnes rencontrées ici</translation>
    </message>
    <message>
        <source>Find a contact to add</source>
        <translation>Chercher un contact à ajouter</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. their office, a café, a trade fair stand</source>
        <translation>p. ex. son bureau, un café, un stand de salon</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Ce dont vous avez parlé</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xchange:</source>
        <translation>É&amp;change&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>Noter la rencontre</translation>
    </message>
    <message>
        <source>Add the people you met: type a name, then pick them in the list.</source>
        <translation>Ajoutez les personnes rencontrées&#xa0;: tapez un nom, puis choisissez-les dans la liste.</translation>
    </message>
</context>
<context>
    <name>MeetingRecorder</name>
    <message>
        <source>Could not read the events: %1</source>
        <translation>Impossible de lire les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The meeting was not recorded: %1</source>
        <translation>La rencontre n’a pas été notée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Record a meeting with %Ln contact(s)</source>
        <translation>
            <numerusform>Noter une rencontre avec %Ln contact</numerusform>
            <numerusform>Noter une rencontre avec %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) recorded (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%Ln rencontre notée (Ctrl+Z pour annuler).</numerusform>
            <numerusform>%Ln rencontres notées (Ctrl+Z pour annuler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Team members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>This library is shared by a team. Which member are you?</source>
        <translation>Cette bibliothèque est partagée par une équipe. Quel membre êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Who you are on this computer: the encounters, referrals and follow-ups you record are yours, and “Cards I owe”, “One-way givers” and the reports show yours.</source>
        <translation>Qui vous êtes sur cet ordinateur&#xa0;: les rencontres, recommandations et relances que vous enregistrez sont les vôtres, et «&#xa0;Cartes que vous devez&#xa0;», «&#xa0;Donneurs à sens unique&#xa0;» et les rapports montrent les vôtres.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No members yet: this is a personal library.</source>
        <translation>Aucun membre pour l’instant&#xa0;: c’est une bibliothèque personnelle.</translation>
    </message>
    <message>
        <source>&amp;Use on this computer</source>
        <translation>&amp;Utiliser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Give the member chosen in the list the name typed here</source>
        <translation>Donner au membre choisi dans la liste le nom saisi ici</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Lecture des membres impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (you, on this computer)</source>
        <translation>%1 (vous, sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>&amp;Team members…</source>
        <translation>&amp;Membres de l’équipe…</translation>
    </message>
    <message>
        <source>Who you are on this computer, and the team&apos;s members</source>
        <translation>Qui vous êtes sur cet ordinateur, et les membres de l’équipe</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conservé&#xa0;: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged in: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fusionné&#xa0;: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>merged in</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>%1 (united)</source>
        <translation>%1 (réunis)</translation>
    </message>
    <message>
        <source>Both contacts&apos; encounters, cards, referrals, follow-ups and notes are kept. The merged-in contact is then removed; Edit ▸ Undo brings it back.</source>
        <translation>Les rencontres, cartes, recommandations, relances et notes des deux contacts sont conservées. Le contact fusionné est ensuite supprimé&#xa0;; Édition ▸ Annuler le fait revenir.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Fusionner dans %1</translation>
    </message>
</context>
<context>
    <name>MetAgainBanner</name>
    <message>
        <source>Different person</source>
        <translation>Autre personne</translation>
    </message>
    <message>
        <source>Met again? This card looks like %1 (%2): %3.</source>
        <translation>Déjà rencontré&#xa0;? Cette carte ressemble à %1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Met again? This card looks like %1: %3.</source>
        <translation>Déjà rencontré&#xa0;? Cette carte ressemble à %1&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Met again? This card looks like someone at %2: %3.</source>
        <translation>Déjà rencontré&#xa0;? Cette carte ressemble à quelqu’un de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Met again? This card looks like a contact already in your library: %3.</source>
        <translation>Déjà rencontré&#xa0;? Cette carte ressemble à un contact déjà dans votre carnet&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Met again — add this encounter to %1</source>
        <translation>Déjà rencontré — ajouter cette rencontre à %1</translation>
    </message>
    <message>
        <source>The card and this meeting go to %1; no second contact is created.</source>
        <translation>La carte et cette rencontre sont ajoutées à %1&#xa0;; aucun second contact n’est créé.</translation>
    </message>
    <message>
        <source>Met again — add this encounter to that contact</source>
        <translation>Déjà rencontré — ajouter cette rencontre à ce contact</translation>
    </message>
    <message>
        <source>The card and this meeting go to that contact; no second contact is created.</source>
        <translation>La carte et cette rencontre vont à ce contact&#xa0;; aucun second contact n’est créé.</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>Ma carte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Emails (one a line):</source>
        <translation>E-&amp;mails (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>&amp;Phones (one a line):</source>
        <translation>&amp;Téléphones (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>&amp;Websites (one a line):</source>
        <translation>&amp;Sites web (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>QR code of my card</source>
        <translation>QR code de ma carte</translation>
    </message>
    <message>
        <source>&amp;Full screen (F11)</source>
        <translation>&amp;Plein écran (F11)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save my card (Ctrl+S)</source>
        <translation>Enregistrer ma carte (Ctrl+S)</translation>
    </message>
    <message>
        <source>E&amp;xport as vCard…</source>
        <translation>E&amp;xporter en vCard…</translation>
    </message>
    <message>
        <source>Fill in your name, an email or a phone number to get a QR code.</source>
        <translation>Indiquez votre nom, un e-mail ou un numéro de téléphone pour obtenir un QR code.</translation>
    </message>
    <message>
        <source>Your card is saved.</source>
        <translation>Votre carte est enregistrée.</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>Exporter ma carte</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your card was written to %1.</source>
        <translation>Votre carte a été enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>NameButton</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>NameMenu</name>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Noms</translation>
    </message>
    <message>
        <source>Sort by &amp;first name</source>
        <translation>Trier par &amp;prénom</translation>
    </message>
    <message>
        <source>Sort by f&amp;amily name</source>
        <translation>Trier par nom de &amp;famille</translation>
    </message>
    <message>
        <source>Names as &amp;written</source>
        <translation>Noms tels qu’é&amp;crits</translation>
    </message>
    <message>
        <source>First name first (“Marie Dupont”)</source>
        <translation>Prénom d’abord («&#xa0;Marie Dupont&#xa0;»)</translation>
    </message>
    <message>
        <source>Family name first (“DUPONT Marie”)</source>
        <translation>Nom de famille d’abord («&#xa0;DUPONT Marie&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>What can I bring?</source>
        <translation>Que pouvez-vous apporter&#xa0;?</translation>
    </message>
    <message>
        <source>Edit &amp;needs and offers…</source>
        <translation>Modifier &amp;besoins et offres…</translation>
    </message>
    <message>
        <source>Note what this person is looking for and what they offer: introductions come from it</source>
        <translation>Notez ce que cette personne cherche et ce qu’elle propose&#xa0;: les mises en relation en découlent</translation>
    </message>
    <message>
        <source>Edit needs and offers…</source>
        <translation>Modifier besoins et offres…</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Cherche</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation>rien de noté</translation>
    </message>
    <message>
        <source>Edit needs and offers</source>
        <translation>Modifier besoins et offres</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Edit network</source>
        <translation>Modifier le réseau</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nouveau réseau</translation>
    </message>
    <message>
        <source>e.g. Club des Entrepreneurs Lyonnais</source>
        <translation>p. ex. Club des Entrepreneurs Lyonnais</translation>
    </message>
    <message>
        <source>Free or unknown</source>
        <translation>Gratuit ou inconnu</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Membre jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Yearly cost:</source>
        <translation>&amp;Coût annuel&#xa0;:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Adhésion&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create network</source>
        <translation>Créer le réseau</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>Donnez un nom au réseau.</translation>
    </message>
    <message>
        <source>You already have a network named “%1”. Choose another name.</source>
        <translation>Vous avez déjà un réseau nommé «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The membership cannot end before it starts: check the two dates.</source>
        <translation>L’adhésion ne peut pas finir avant de commencer&#xa0;: vérifiez les deux dates.</translation>
    </message>
</context>
<context>
    <name>NetworkFiguresView</name>
    <message>
        <source>events attended</source>
        <translation>événements suivis</translation>
    </message>
    <message>
        <source>cards collected</source>
        <translation>cartes reçues</translation>
    </message>
    <message>
        <source>mutual exchanges</source>
        <translation>échanges mutuels</translation>
    </message>
    <message>
        <source>one-way givers met</source>
        <translation>donneurs à sens unique rencontrés</translation>
    </message>
    <message>
        <source>met there, became referrers</source>
        <translation>rencontrés là, devenus prescripteurs</translation>
    </message>
    <message>
        <source>referrals received</source>
        <translation>recommandations reçues</translation>
    </message>
    <message>
        <source>referrals given</source>
        <translation>recommandations données</translation>
    </message>
    <message>
        <source>business value</source>
        <translation>valeur d’affaires</translation>
    </message>
    <message>
        <source>cost per mutual contact</source>
        <translation>coût par contact mutuel</translation>
    </message>
    <message>
        <source>cost per referral</source>
        <translation>coût par recommandation</translation>
    </message>
    <message>
        <source>Choose a network to see what it brought.</source>
        <translation>Choisissez un réseau pour voir ce qu’il a apporté.</translation>
    </message>
    <message>
        <source>What “%1” brought, %2:</source>
        <translation>Ce qu’a apporté «&#xa0;%1&#xa0;», %2&#xa0;:</translation>
    </message>
    <message>
        <source>business value (no yearly cost noted)</source>
        <translation>valeur d’affaires (aucune cotisation notée)</translation>
    </message>
    <message>
        <source>business value, for %1 a year (%2)</source>
        <translation>valeur d’affaires, pour %1 par an (%2)</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>%1 (%2 won)</source>
        <comment>referrals: how many; what the won ones were worth</comment>
        <translation>%1 (%2 remportés)</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuels</translation>
    </message>
    <message>
        <source>Share of the exchanges recorded there where cards went both ways</source>
        <translation>Part des échanges notés où les cartes sont allées dans les deux sens</translation>
    </message>
    <message>
        <source>Referrals in</source>
        <translation>Recomm. reçues</translation>
    </message>
    <message>
        <source>Referrals out</source>
        <translation>Recomm. données</translation>
    </message>
    <message>
        <source>Business sent to you by people first met there, and what the won ones were worth</source>
        <translation>Affaires envoyées par des personnes rencontrées là, et ce que valaient celles gagnées</translation>
    </message>
    <message>
        <source>Business you sent to people first met there</source>
        <translation>Affaires que vous avez envoyées à des personnes rencontrées là</translation>
    </message>
    <message>
        <source>Value for cost</source>
        <translation>Valeur / coût</translation>
    </message>
    <message>
        <source>Business value received ÷ yearly cost: ×2 means it brought twice what it cost</source>
        <translation>Valeur d’affaires reçue ÷ cotisation annuelle&#xa0;: ×2 signifie qu’il a rapporté deux fois ce qu’il coûte</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>Events of this network where you recorded at least one card</source>
        <translation>Événements de ce réseau où vous avez noté au moins une carte</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Loading the networks…</source>
        <translation>Chargement des réseaux…</translation>
    </message>
    <message>
        <source>Could not read the networks: %1</source>
        <translation>Impossible de lire les réseaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Nouveau réseau…</translation>
    </message>
    <message>
        <source>Add a club, chamber or association you belong to</source>
        <translation>Ajouter un club, une chambre ou une association dont vous êtes membre</translation>
    </message>
    <message>
        <source>&amp;Edit network…</source>
        <translation>&amp;Modifier le réseau…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Show the &amp;people met through it</source>
        <translation>Voir les &amp;personnes rencontrées via ce réseau</translation>
    </message>
    <message>
        <source>&amp;Delete network…</source>
        <translation>&amp;Supprimer le réseau…</translation>
    </message>
    <message>
        <source>Delete a network created by mistake</source>
        <translation>Supprimer un réseau créé par erreur</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>The clubs, chambers and associations you belong to, and what each one brings you. Double-click one to see the people met through it.</source>
        <translation>Les clubs, chambres et associations dont vous êtes membre, et ce que chacun vous apporte. Double-cliquez sur l’un d’eux pour voir qui vous y avez rencontré.</translation>
    </message>
    <message>
        <source>Show a&amp;rchived networks</source>
        <translation>Afficher les réseaux a&amp;rchivés</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;ériode&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ferrers</source>
        <translation>&amp;Prescripteurs</translation>
    </message>
    <message>
        <source>The people who send you business, and those you send business to</source>
        <translation>Les personnes qui vous envoient des affaires, et celles à qui vous en envoyez</translation>
    </message>
    <message>
        <source>&amp;Introductions I could make</source>
        <translation>&amp;Mises en relation possibles</translation>
    </message>
    <message>
        <source>People who need what another contact offers: introduce them</source>
        <translation>Des personnes qui cherchent ce qu’un autre contact propose&#xa0;: présentez-les</translation>
    </message>
    <message>
        <source>Every network is archived</source>
        <translation>Tous les réseaux sont archivés</translation>
    </message>
    <message>
        <source>Tick “Show archived networks” to see them again.</source>
        <translation>Cochez «&#xa0;Afficher les réseaux archivés&#xa0;» pour les revoir.</translation>
    </message>
    <message>
        <source>No networks yet</source>
        <translation>Aucun réseau pour l’instant</translation>
    </message>
    <message>
        <source>Add the clubs, chambers and associations you belong to (Ctrl+Shift+N), then link your events to them to see what each one brings you against its yearly cost.</source>
        <translation>Ajoutez les clubs, chambres et associations dont vous êtes membre (Ctrl+Maj+N), puis reliez-y vos événements pour voir ce que chacun vous apporte au regard de son coût annuel.</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>This network has events: archive it instead</source>
        <translation>Ce réseau compte des événements&#xa0;: archivez-le plutôt</translation>
    </message>
    <message>
        <source>Edit network “%1”</source>
        <translation>Modifier le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>Archiver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>Désarchiver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is archived and hidden. Ctrl+Z brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» est archivé et masqué. Ctrl+Z le fait revenir.</translation>
    </message>
    <message>
        <source>“%1” is archived: it leaves the event form but keeps its history.</source>
        <translation>«&#xa0;%1&#xa0;» est archivé&#xa0;: il disparaît du formulaire des événements mais garde son historique.</translation>
    </message>
    <message>
        <source>“%1” is back among your networks.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour parmi vos réseaux.</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>Supprimer le réseau</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It holds no event: no contact or meeting changes.</source>
        <translation>Il ne compte aucun événement&#xa0;: aucun contact ni aucune rencontre ne change.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete network “%1”</source>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” deleted. Ctrl+Z brings it back.</source>
        <translation>Réseau «&#xa0;%1&#xa0;» supprimé. Ctrl+Z le fait revenir.</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <source>Open a library</source>
        <translation>Ouvrir un carnet</translation>
    </message>
    <message>
        <source>Recent libraries…</source>
        <translation>Carnets récents…</translation>
    </message>
    <message>
        <source>A library &amp;folder on this computer</source>
        <translation>Un &amp;dossier de carnet sur cet ordinateur</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dossier du carnet</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>A &amp;team library on a PostgreSQL server</source>
        <translation>Le carnet d’une é&amp;quipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>from .pgpass or the keyring when left empty</source>
        <translation>vide&#xa0;: celui du fichier .pgpass ou du trousseau</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Open a library folder</source>
        <translation>Ouvrir le dossier d’un carnet</translation>
    </message>
    <message>
        <source>Type the server&apos;s URL: postgresql://user@host/database</source>
        <translation>Saisissez l’URL du serveur&#xa0;: postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>Choose a library folder.</source>
        <translation>Choisissez le dossier d’un carnet.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server refused the password: type it again.
%1</source>
        <translation>Le serveur a refusé le mot de passe&#xa0;: saisissez-le à nouveau.
%1</translation>
    </message>
    <message>
        <source>The server asks for a password.
%1</source>
        <translation>Le serveur demande un mot de passe.
%1</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>… and %1 more (every card is in the table above)</source>
        <translation>… et %1 de plus (toutes les cartes sont dans le tableau ci-dessus)</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>words in %1</source>
        <translation>mots en %1</translation>
    </message>
    <message>
        <source>Numbers read as %1, as the card shows: %2.</source>
        <translation>Pays des numéros&#xa0;: %1, d’après la carte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Numbers read as %1, your country: the card shows none.</source>
        <translation>Pays des numéros&#xa0;: %1, votre pays (la carte n’en indique aucun).</translation>
    </message>
    <message>
        <source>Numbers read as %1, your country.</source>
        <translation>Pays des numéros&#xa0;: %1, votre pays.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code (“02 99 12 34 56”) are read as numbers of this country when the card shows no country of its own (no +code, postcode, address or web domain from abroad). Contacts files imported afterwards use it too.</source>
        <translation>Les numéros écrits sans indicatif de pays («&#xa0;02 99 12 34 56&#xa0;») sont lus comme des numéros de ce pays quand la carte n’indique aucun pays (ni +indicatif, ni code postal, adresse ou domaine web étrangers). Les fichiers de contacts importés ensuite l’utilisent aussi.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>Choisir le dossier surveillé</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop watching the folder</source>
        <translation>Arrêter de surveiller le dossier</translation>
    </message>
    <message>
        <source>New photos in this folder — the one your phone syncs its camera into, for instance — are imported as they arrive, each once, with the day&apos;s event, and wait for your review. Photos already there when you choose it are left alone.</source>
        <translation>Les nouvelles photos de ce dossier — celui où votre téléphone synchronise son appareil photo, par exemple — sont importées dès leur arrivée, chacune une seule fois, avec l’événement du jour, et attendent votre vérification. Les photos déjà présentes quand vous le choisissez ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>Votre &amp;pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>Dossier &amp;surveillé&#xa0;:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>As written on the card</source>
        <translation>Tels qu’écrits sur la carte</translation>
    </message>
    <message>
        <source>First name first (“Marie Dupont”)</source>
        <translation>Prénom d’abord («&#xa0;Marie Dupont&#xa0;»)</translation>
    </message>
    <message>
        <source>Family name first (“DUPONT Marie”)</source>
        <translation>Nom de famille d’abord («&#xa0;DUPONT Marie&#xa0;»)</translation>
    </message>
    <message>
        <source>Sort &amp;people by:</source>
        <translation>&amp;Trier les personnes par&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;names:</source>
        <translation>Afficher les &amp;noms&#xa0;:</translation>
    </message>
    <message>
        <source>The contact list and the card wall sort people by this name; a name printed “DUPONT Marie” is sorted under D by family name, under M by first name.</source>
        <translation>La liste des contacts et le mur de cartes trient les personnes selon ce nom&#xa0;; un nom imprimé «&#xa0;DUPONT Marie&#xa0;» est classé à D par nom de famille, à M par prénom.</translation>
    </message>
    <message>
        <source>Could not read the preferences: %1</source>
        <translation>Impossible de lire les préférences&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Choose the folder to watch</source>
        <translation>Choisir le dossier à surveiller</translation>
    </message>
    <message>
        <source>Numbers on cards that name no country will be read as %1.</source>
        <translation>Les numéros des cartes sans pays seront lus dans ce pays&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not save the preferences: %1</source>
        <translation>Impossible d’enregistrer les préférences&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrescribersModel</name>
    <message>
        <source>%1 (%2 won)</source>
        <translation>%1 (gagnées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Referrals: business this person sent you</source>
        <translation>Recommandations&#xa0;: les affaires que cette personne vous a envoyées</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Referrals: business you sent this person</source>
        <translation>Recommandations&#xa0;: les affaires que vous avez envoyées à cette personne</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <source>Value given</source>
        <translation>Valeur donnée</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Introductions you made between this person and another contact</source>
        <translation>Les mises en relation que vous avez faites entre cette personne et un autre contact</translation>
    </message>
</context>
<context>
    <name>PrescribersPage</name>
    <message>
        <source>The people who send you business, and those you send business to: what a network is worth comes from them. Enter opens the person.</source>
        <translation>Les personnes qui vous envoient des affaires, et celles à qui vous en envoyez&#xa0;: la valeur d’un réseau vient d’elles. Entrée ouvre la fiche.</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Prescripteurs</translation>
    </message>
    <message>
        <source>Loading the referrers…</source>
        <translation>Chargement des prescripteurs…</translation>
    </message>
    <message>
        <source>Could not read the referrers: %1</source>
        <translation>Impossible de lire les prescripteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No referral yet</source>
        <translation>Aucune recommandation pour l’instant</translation>
    </message>
    <message>
        <source>When someone sends you business, or you send them some, note it on their page (Add referral…): they show here with what it was worth.</source>
        <translation>Quand quelqu’un vous envoie une affaire, ou que vous lui en envoyez une, notez-la sur sa fiche (Ajouter une recommandation…)&#xa0;: elle apparaît ici avec ce qu’elle valait.</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive from phone</source>
        <translation>Recevoir du téléphone</translation>
    </message>
    <message>
        <source>This computer is not on a local network. Connect it to the same Wi-Fi as your phone, then open this window again.</source>
        <translation>Cet ordinateur n’est sur aucun réseau local. Connectez-le au même Wi-Fi que votre téléphone, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera (the phone on the same Wi-Fi as this computer), then take or choose photos of cards: they arrive here and go to the import. The page works while this window is open.</source>
        <translation>Scannez ce code avec l’appareil photo de votre téléphone (connecté au même Wi-Fi que cet ordinateur), puis prenez ou choisissez des photos de cartes&#xa0;: elles arrivent ici et partent à l’import. La page fonctionne tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Waiting for photos…</source>
        <translation>En attente de photos…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) received.</source>
        <translation>
            <numerusform>%n photo reçue.</numerusform>
            <numerusform>%n photos reçues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed after 15 minutes without photos, for safety. Open this window again to send more.</source>
        <translation>Fermé après 15 minutes sans photo, par sécurité. Rouvrez cette fenêtre pour en envoyer d’autres.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>%1 sent business my way</source>
        <translation>%1 vous a envoyé une affaire</translation>
    </message>
    <message>
        <source>I sent business to %1</source>
        <translation>Vous avez envoyé une affaire à %1</translation>
    </message>
    <message>
        <source>%1 sent business to someone else</source>
        <translation>%1 a envoyé une affaire à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <source>or the name of someone outside your contacts</source>
        <translation>ou le nom d’une personne hors de vos contacts</translation>
    </message>
    <message>
        <source>Name of someone outside your contacts</source>
        <translation>Nom d’une personne hors de vos contacts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>What it was about: client, project…</source>
        <translation>De quoi il s’agissait&#xa0;: client, projet…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Ajouter la recommandation</translation>
    </message>
    <message>
        <source>Pick the person from the list that appears as you type, or write the name in the second box if they are not among your contacts.</source>
        <translation>Choisissez la personne dans la liste qui apparaît pendant la saisie, ou écrivez son nom dans la seconde case si elle ne fait pas partie de vos contacts.</translation>
    </message>
    <message>
        <source>Say to whom: pick one of your contacts, or write the name of someone outside them.</source>
        <translation>Indiquez à qui&#xa0;: choisissez l’un de vos contacts, ou écrivez le nom d’une personne qui n’en fait pas partie.</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Add &amp;referral…</source>
        <translation>Ajouter une recomman&amp;dation…</translation>
    </message>
    <message>
        <source>Note business this person sent you, you sent them, or they sent someone else</source>
        <translation>Noter une affaire que cette personne vous a envoyée, que vous lui avez envoyée, ou qu’elle a envoyée à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Ajouter une recommandation…</translation>
    </message>
    <message>
        <source>No referral yet. When this person sends you business, or you send them some, note it here.</source>
        <translation>Aucune recommandation pour l’instant. Quand cette personne vous envoie une affaire, ou que vous lui en envoyez une, notez-le ici.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Edit the referral of %1</source>
        <translation>Modifier la recommandation (%1)</translation>
    </message>
    <message>
        <source>Delete the referral of %1</source>
        <translation>Supprimer la recommandation (%1)</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <source>Referral deleted. Ctrl+Z brings it back.</source>
        <translation>Recommandation supprimée. Ctrl+Z la fait revenir.</translation>
    </message>
</context>
<context>
    <name>ReopenServerDialog</name>
    <message>
        <source>Reopening the last library</source>
        <translation>Réouverture de la dernière bibliothèque</translation>
    </message>
    <message>
        <source>Try again, open another library, or open the default library (%1).</source>
        <translation>Réessayez, ouvrez une autre bibliothèque ou la bibliothèque par défaut (%1).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Open &amp;another library…</source>
        <translation>Ouvrir une &amp;autre bibliothèque…</translation>
    </message>
    <message>
        <source>Open the &amp;default library</source>
        <translation>Ouvrir la bibliothèque par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Opening the team library %1…</source>
        <translation>Ouverture de la bibliothèque d’équipe %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Loading the report…</source>
        <translation>Chargement du rapport…</translation>
    </message>
    <message>
        <source>Could not read the report: %1</source>
        <translation>Impossible de lire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <source>No event to report on</source>
        <translation>Aucun événement à présenter</translation>
    </message>
    <message>
        <source>Create an event on the Events page (Ctrl+Shift+N there) and import the cards collected at it.</source>
        <translation>Créez un événement sur la page Événements (Ctrl+Maj+N sur cette page) et importez les cartes reçues à cet événement.</translation>
    </message>
    <message>
        <source>Exchanges by kind</source>
        <translation>Échanges par type</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>Aucun réseau pour l’instant</translation>
    </message>
    <message>
        <source>Add your clubs and associations on the Networks page, and link your events to them.</source>
        <translation>Ajoutez vos clubs et associations sur la page Réseaux, et reliez-y vos événements.</translation>
    </message>
    <message>
        <source>Mutual contacts per network</source>
        <translation>Contacts avec échange mutuel par réseau</translation>
    </message>
    <message>
        <source>Referrals received per network</source>
        <translation>Recommandations reçues par réseau</translation>
    </message>
    <message>
        <source>Cost per mutual contact</source>
        <translation>Coût par contact mutuel</translation>
    </message>
    <message>
        <source>No yearly cost noted, or no mutual contact yet.</source>
        <translation>Aucun coût annuel noté, ou aucun contact mutuel pour l’instant.</translation>
    </message>
    <message>
        <source>After the event: %1</source>
        <translation>Après l’événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>What each network brought</source>
        <translation>Ce que chaque réseau vous a apporté</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a report&apos;s title, then whose report it is</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Enregistrer le rapport en HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Cardbook could not write %1.</source>
        <translation>Cardbook n’a pas pu écrire %1.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>What an event brought, and what each network is worth against its yearly cost. Save a report as PDF to print it or as HTML to open it in a browser.</source>
        <translation>Ce qu’un événement a apporté, et ce que vaut chaque réseau au regard de son coût annuel. Enregistrez un rapport en PDF pour l’imprimer, ou en HTML pour l’ouvrir dans un navigateur.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>After an event</source>
        <translation>Après un événement</translation>
    </message>
    <message>
        <source>What each network brought</source>
        <translation>Ce que chaque réseau vous a apporté</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pério&amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>De &amp;qui&#xa0;:</translation>
    </message>
    <message>
        <source>Report document</source>
        <translation>Document du rapport</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Document (as saved)</source>
        <translation>Document (tel qu’enregistré)</translation>
    </message>
    <message>
        <source>cards collected</source>
        <translation>cartes reçues</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>nouveaux contacts</translation>
    </message>
    <message>
        <source>met again</source>
        <translation>revus</translation>
    </message>
    <message>
        <source>mutual exchanges</source>
        <translation>échanges mutuels</translation>
    </message>
    <message>
        <source>events attended</source>
        <translation>événements suivis</translation>
    </message>
    <message>
        <source>referrals received</source>
        <translation>recommandations reçues</translation>
    </message>
    <message>
        <source>yearly cost</source>
        <translation>coût annuel</translation>
    </message>
</context>
<context>
    <name>Reread</name>
    <message>
        <source>no text found inside these corners</source>
        <translation>aucun texte trouvé entre ces coins</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Could not read the card: %1</source>
        <translation>Impossible de lire la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every card of this batch has been reviewed.</source>
        <translation>Toutes les cartes de ce lot ont été vérifiées.</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Carte %1 sur %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>même e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>même téléphone %1</translation>
    </message>
    <message>
        <source>a close name at the same company</source>
        <translation>un nom proche dans la même entreprise</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>un nom semblable</translation>
    </message>
    <message>
        <source>same domain %1</source>
        <translation>même domaine %1</translation>
    </message>
    <message>
        <source>same website %1</source>
        <translation>même site %1</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>How did the exchange go? Press %1 first (%2: not recorded).</source>
        <translation>Comment s’est passé l’échange&#xa0;? Appuyez d’abord sur %1 (%2&#xa0;: non noté).</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>Contact %1 validé.</translation>
    </message>
    <message>
        <source>Met again</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>This meeting and card were added to %1.</source>
        <translation>Cette rencontre et cette carte ont été ajoutées à %1.</translation>
    </message>
    <message>
        <source>Back of the previous card</source>
        <translation>Verso de la carte précédente</translation>
    </message>
    <message>
        <source>Could not join the two cards: %1</source>
        <translation>Impossible de joindre les deux cartes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added as the back of %1&apos;s card: check the merged fields.</source>
        <translation>Ajoutée comme verso de la carte de %1&#xa0;: vérifiez les champs réunis.</translation>
    </message>
    <message>
        <source>Reading the card again…</source>
        <translation>Nouvelle lecture de la carte…</translation>
    </message>
    <message>
        <source>Could not read the card again: %1</source>
        <translation>Impossible de relire la carte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Card read again: %Ln line(s).</source>
        <translation>
            <numerusform>Carte relue&#xa0;: %Ln ligne.</numerusform>
            <numerusform>Carte relue&#xa0;: %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back of %1&apos;s card</source>
        <translation>Verso de la carte de %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the card in view</source>
        <translation>Ajuster la carte à la vue</translation>
    </message>
    <message>
        <source>Adjust corners</source>
        <translation>Ajuster les coins</translation>
    </message>
    <message>
        <source>Show the original photo and drag the card&apos;s four corners</source>
        <translation>Afficher la photo d’origine et faire glisser les quatre coins de la carte</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Straighten the card with these corners and read it again</source>
        <translation>Redresser la carte selon ces coins et la relire</translation>
    </message>
    <message>
        <source>Click a line on the card to put its text in the field you are in. Words outlined with dashes and marked ? were read with low confidence.</source>
        <translation>Cliquez sur une ligne de la carte pour placer son texte dans le champ où vous êtes. Les mots entourés de pointillés et marqués «&#xa0;?&#xa0;» ont été lus avec peu de certitude.</translation>
    </message>
    <message>
        <source>Back of the previous card (Ctrl+B)</source>
        <translation>Verso de la carte précédente (Ctrl+B)</translation>
    </message>
    <message>
        <source>This photo is the other side of the previous card: its fields are added to that contact (nothing there is overwritten) and both photos are kept. Undo with Ctrl+Z.</source>
        <translation>Cette photo est l&apos;autre face de la carte précédente&#xa0;: ses champs sont ajoutés à ce contact (rien n&apos;y est écrasé) et les deux photos sont conservées. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Back to the import</source>
        <translation>Retour à l’importation</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Passer (Échap)</translation>
    </message>
    <message>
        <source>Leave this card awaiting review and go to the next</source>
        <translation>Laisser cette carte à vérifier et passer à la suivante</translation>
    </message>
    <message>
        <source>Accept and next (Ctrl+Enter)</source>
        <translation>Valider et suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Check %1: read with low confidence (marked “check”).</source>
        <translation>Vérifiez %1&#xa0;: lu avec peu de certitude (marqué «&#xa0;à vérifier&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Open the &amp;sample data</source>
        <translation>Ouvrir les données d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Look around sample contacts, events and networks in a window of their own</source>
        <translation>Découvrir des contacts, événements et réseaux d’exemple dans une fenêtre à part</translation>
    </message>
    <message>
        <source>Preparing the sample data…</source>
        <translation>Préparation des données d’exemple…</translation>
    </message>
    <message>
        <source>Could not open the sample data: %1</source>
        <translation>Impossible d’ouvrir les données d’exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cardbook — sample data</source>
        <translation>Cardbook — données d’exemple</translation>
    </message>
    <message>
        <source>The sample data opened in a window of its own: your library stays as it is.</source>
        <translation>Les données d’exemple sont ouvertes dans une fenêtre à part&#xa0;: votre carnet reste tel quel.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search people, notes, events…</source>
        <translation>Rechercher personnes, notes, événements…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find contacts by name, company, contact details, events or notes</source>
        <translation>Trouver des contacts par nom, entreprise, coordonnées, événements ou notes</translation>
    </message>
    <message>
        <source>Search people, notes, events (Ctrl+F)</source>
        <translation>Rechercher personnes, notes, événements (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SentOnDialog</name>
    <message>
        <source>I sent my card</source>
        <translation>Carte envoyée</translation>
    </message>
    <message>
        <source>Sent to %1 on:</source>
        <translation>Envoyée à %1 le&#xa0;:</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Noter comme envoyée</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>L’échange</translation>
    </message>
    <message>
        <source>One-way givers</source>
        <translation>Donneurs à sens unique</translation>
    </message>
    <message>
        <source>Cards I owe</source>
        <translation>Cartes que vous devez</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Prescripteurs</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>All events…</source>
        <translation>Tous les événements…</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>All networks…</source>
        <translation>Tous les réseaux…</translation>
    </message>
</context>
<context>
    <name>StartLibrary</name>
    <message>
        <source>The last library, %1, is no longer there: this is the default library, %2.</source>
        <translation>La dernière bibliothèque, %1, n’est plus là&#xa0;: voici la bibliothèque par défaut, %2.</translation>
    </message>
    <message>
        <source>The last library, %1, cannot be opened (%3): this is the default library, %2.</source>
        <translation>La dernière bibliothèque, %1, ne peut pas être ouverte (%3)&#xa0;: voici la bibliothèque par défaut, %2.</translation>
    </message>
    <message>
        <source>The team library %1 could not be reached: this is the default library, %2.</source>
        <translation>La bibliothèque d’équipe %1 est injoignable&#xa0;: voici la bibliothèque par défaut, %2.</translation>
    </message>
    <message>
        <source>The team library %1 was not opened: this is the default library, %2.</source>
        <translation>La bibliothèque d’équipe %1 n’a pas été ouverte&#xa0;: voici la bibliothèque par défaut, %2.</translation>
    </message>
</context>
<context>
    <name>StrengthView</name>
    <message>
        <source>Relationship strength</source>
        <translation>Force de la relation</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Meetings %1 + exchange %2 + referrals %3 + recency %4</source>
        <translation>Rencontres %1 + échange %2 + recommandations %3 + récence %4</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>Nothing has happened with this person yet: no meeting, referral or card.</source>
        <translation>Rien ne s’est encore passé avec cette personne&#xa0;: ni rencontre, ni recommandation, ni carte.</translation>
    </message>
    <message>
        <source>outside any recorded event</source>
        <translation>en dehors de tout événement noté</translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation>Rencontre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Rencontre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>get back in touch</source>
        <translation>reprendre contact</translation>
    </message>
    <message>
        <source>Follow-up (%1): %2</source>
        <translation>Relance (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Until then: %1 (a newer card shows a new role)</source>
        <translation>Jusque-là&#xa0;: %1 (une carte plus récente indique un nouveau poste)</translation>
    </message>
    <message>
        <source>back</source>
        <translation>verso</translation>
    </message>
    <message>
        <source>front</source>
        <translation>recto</translation>
    </message>
    <message>
        <source>Card captured (%1)</source>
        <translation>Carte numérisée (%1)</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <source>What can I bring to %1?</source>
        <translation>Que pouvez-vous apporter à %1&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. looking for an accountant, a new website</source>
        <translation>ex. cherche un expert-comptable, un nouveau site web</translation>
    </message>
    <message>
        <source>e.g. bookkeeping for small firms, office space</source>
        <translation>ex. comptabilité des petites entreprises, bureaux à louer</translation>
    </message>
    <message>
        <source>Tags separated by commas</source>
        <translation>Étiquettes séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Looking for:</source>
        <translation>&amp;Cherche&#xa0;:</translation>
    </message>
    <message>
        <source>Need &amp;tags:</source>
        <translation>Étiquettes de &amp;besoin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offers:</source>
        <translation>&amp;Propose&#xa0;:</translation>
    </message>
    <message>
        <source>Offer t&amp;ags:</source>
        <translation>Étiquettes d’o&amp;ffre&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading your library</source>
        <translation>Mise à jour de votre carnet</translation>
    </message>
    <message>
        <source>Upgrading your library…</source>
        <translation>Mise à jour de votre carnet…</translation>
    </message>
    <message>
        <source>This version of Cardbook stores the library in %1 in a newer format, and is bringing it up to date. On a large library this takes a little while; the library opens as soon as it is done.</source>
        <translation>Cette version de Cardbook enregistre le carnet de %1 dans un format plus récent et le met à jour. Sur un grand carnet, cela prend un moment&#xa0;; le carnet s’ouvre dès que c’est fini.</translation>
    </message>
    <message>
        <source>The upgrade is one transaction on the server: should it fail, the library stays as it was.</source>
        <translation>La mise à jour est une seule transaction sur le serveur&#xa0;: si elle échoue, le carnet reste tel qu’il était.</translation>
    </message>
    <message>
        <source>A backup copy of the library is made first, in its backups folder. The upgrade cannot be stopped half-way, so there is nothing to cancel.</source>
        <translation>Une copie de sauvegarde du carnet est d’abord faite, dans son dossier de sauvegardes. La mise à jour ne peut pas s’arrêter à mi-chemin&#xa0;: il n’y a rien à annuler.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Not an email address: the @ is missing.</source>
        <translation>Ce n’est pas une adresse e-mail&#xa0;: il manque le @.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Adresse e-mail non valide.</translation>
    </message>
    <message>
        <source>Kept as printed: a local number without its area code (read as %1). Add the area code if you know it.</source>
        <translation>Gardé tel qu’imprimé&#xa0;: un numéro local sans son indicatif de zone (pays&#xa0;: %1). Ajoutez l’indicatif si vous le connaissez.</translation>
    </message>
    <message>
        <source>Kept as printed: too few or too many digits for a number of %1; check it.</source>
        <translation>Gardé tel qu’imprimé&#xa0;: trop peu ou trop de chiffres pour un numéro de ce pays (%1)&#xa0;; vérifiez-le.</translation>
    </message>
    <message>
        <source>Kept as printed: no such number is in use in %1; check it.</source>
        <translation>Gardé tel qu’imprimé&#xa0;: ce numéro n’est attribué à personne dans ce pays (%1)&#xa0;; vérifiez-le.</translation>
    </message>
    <message>
        <source>Kept as printed: there is no number in it.</source>
        <translation>Gardé tel qu’imprimé&#xa0;: il ne contient aucun numéro.</translation>
    </message>
    <message>
        <source>Kept as printed: no country to read it in; add its country code (+…).</source>
        <translation>Gardé tel qu’imprimé&#xa0;: aucun pays pour le lire&#xa0;; ajoutez son indicatif de pays (+…).</translation>
    </message>
    <message>
        <source>Not a web address.</source>
        <translation>Ce n’est pas une adresse web.</translation>
    </message>
</context>
<context>
    <name>ValueRow</name>
    <message>
        <source>Kind of phone</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Type d’e-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>VerdictLabel</name>
    <message>
        <source>Error: </source>
        <translation>Erreur&#xa0;: </translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>À vérifier&#xa0;: </translation>
    </message>
</context>
<context>
    <name>WallDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Cardbook</source>
        <translation>Bienvenue dans Cardbook</translation>
    </message>
    <message>
        <source>Cardbook turns the business cards you collect into contacts, and keeps the story of each exchange: where you met, who gave a card, who owes one. Your library is empty — begin with one of these:</source>
        <translation>Cardbook transforme les cartes de visite que vous recevez en contacts et garde l’histoire de chaque échange&#xa0;: où vous vous êtes rencontrés, qui a donné sa carte, qui en doit une. Votre carnet est vide — commencez par l’un de ces choix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import cards</source>
        <translation>&amp;Importer des cartes</translation>
    </message>
    <message>
        <source>Photos or scans of business cards on this computer</source>
        <translation>Des photos ou des scans de cartes de visite sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Receive from phone</source>
        <translation>&amp;Recevoir du téléphone</translation>
    </message>
    <message>
        <source>Photograph cards with your phone: they arrive here over the Wi-Fi</source>
        <translation>Photographiez les cartes avec votre téléphone&#xa0;: elles arrivent ici par le Wi-Fi</translation>
    </message>
    <message>
        <source>Fill in &amp;my card</source>
        <translation>Remplir &amp;ma carte</translation>
    </message>
    <message>
        <source>Your own details, to show as a QR code when you have no card left</source>
        <translation>Vos propres coordonnées, à montrer en QR code quand vous n’avez plus de cartes</translation>
    </message>
    <message>
        <source>Open the &amp;sample data</source>
        <translation>Ouvrir les données d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Look around sample contacts, events and networks first — your library stays empty</source>
        <translation>Découvrir d’abord des contacts, événements et réseaux d’exemple — votre carnet reste vide</translation>
    </message>
</context>
<context>
    <name>WindowFolderWatch</name>
    <message>
        <source>Could not read the watched folder: %1</source>
        <translation>Impossible de lire le dossier surveillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remember the watched folder&apos;s last look: %1</source>
        <translation>Impossible d’enregistrer le dernier passage sur le dossier surveillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped watching %1: the folder is no longer there.</source>
        <translation>Surveillance de %1 arrêtée&#xa0;: le dossier n’existe plus.</translation>
    </message>
    <message>
        <source>Stopped watching %1: %2</source>
        <translation>Surveillance de %1 arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Watched folder: %1 could not be read (%2).</source>
        <translation>Dossier surveillé&#xa0;: %1 n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>Watched folder: %1 was imported before, as %2; this meeting was added to them.</source>
        <translation>Dossier surveillé&#xa0;: %1 a déjà été importé, comme %2&#xa0;; cette rencontre lui a été ajoutée.</translation>
    </message>
    <message>
        <source>Watched folder: %1 was imported before, as %2.</source>
        <translation>Dossier surveillé&#xa0;: %1 a déjà été importé, comme %2.</translation>
    </message>
    <message>
        <source>Watched folder: a card cut by the edge of %1 was left out.</source>
        <translation>Dossier surveillé&#xa0;: une carte coupée par le bord de %1 a été écartée.</translation>
    </message>
    <message>
        <source>Watched folder: the back of a card on %1 was left out (nothing new on it).</source>
        <translation>Dossier surveillé&#xa0;: le verso d’une carte sur %1 a été écarté (rien de nouveau).</translation>
    </message>
    <message>
        <source>Watched folder: no text found on %1.</source>
        <translation>Dossier surveillé&#xa0;: aucun texte trouvé sur %1.</translation>
    </message>
    <message>
        <source>Watched folder: no card found on %1.</source>
        <translation>Dossier surveillé&#xa0;: aucune carte trouvée sur %1.</translation>
    </message>
    <message>
        <source>an unnamed contact</source>
        <translation>un contact sans nom</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) arrived</source>
        <translation>
            <numerusform>%n carte arrivée</numerusform>
            <numerusform>%n cartes arrivées</numerusform>
        </translation>
    </message>
    <message>
        <source>New photos in %1 are imported as they arrive. Click to review the cards awaiting review.</source>
        <translation>Les nouvelles photos de %1 sont importées dès leur arrivée. Cliquez pour passer en revue les cartes à vérifier.</translation>
    </message>
    <message>
        <source>Not watching</source>
        <translation>Pas de surveillance</translation>
    </message>
    <message>
        <source>Click to choose another folder.</source>
        <translation>Cliquez pour choisir un autre dossier.</translation>
    </message>
</context>
<context>
    <name>WindowInterchange</name>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exportation des contacts…</translation>
    </message>
    <message>
        <source>Export failed: %1 holds “%2” in %3, which Windows-1252 cannot write; export in UTF-8</source>
        <translation>Échec de l’exportation&#xa0;: %1 contient «&#xa0;%2&#xa0;» dans %3, que Windows-1252 ne peut pas écrire&#xa0;; exportez en UTF-8</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%Ln contact exporté vers %1.</numerusform>
            <numerusform>%Ln contacts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts files (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Fichiers de contacts (*.vcf *.vcard *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importation des contacts…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln contact(s).</source>
        <translation>
            <numerusform>%Ln contact importé.</numerusform>
            <numerusform>%Ln contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of these contacts no longer exists.</source>
        <translation>L’un de ces contacts n’existe plus.</translation>
    </message>
    <message>
        <source>Not merged: finish editing the contact first.</source>
        <translation>Non fusionné&#xa0;: terminez d’abord la saisie du contact.</translation>
    </message>
    <message>
        <source>Merged into %1. Undo with Ctrl+Z.</source>
        <translation>Fusionné dans %1. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>WindowMembers</name>
    <message>
        <source>Member: %1</source>
        <translation>Membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>No member chosen (File → Team members…)</source>
        <translation>Aucun membre choisi (Fichier → Membres de l’équipe…)</translation>
    </message>
</context>
</TS>

import type { Translation } from './en'
import { archiveDe } from './de/archive'
import { plansDe } from './de/plans'
import { chartDe } from './de/chart'
import { conversationsDe } from './de/conversations'
import { mapsDe } from './de/maps'
import { meetingsDe } from './de/meetings'
import { personDe } from './de/person'
import { proposalsDe } from './de/proposals'
import { setupDe } from './de/setup'
import { testsDe } from './de/tests'
import { todayDe } from './de/today'
import { leadershipDe } from './de/leadership'
import { dashboardDe } from './de/dashboard'
import { alertsDe } from './de/alerts'
import { transferDe } from './de/transfer'

export const de: Translation = {
  app: {
    name: 'Rhizome',
    skipToContent: 'Zum Inhalt springen',
    mainNav: 'Hauptmenü',
    loading: 'Wird geladen…',
    webNotice: 'Läuft im Browser. Die Daten bleiben in diesem Browserprofil.',
  },
  nav: {
    circles: 'Kreise',
    people: 'Personen',
    settings: 'Einstellungen',
    currentCircle: 'Aktueller Kreis',
    circleViews: 'Kreis',
  },
  common: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    close: 'Schließen',
    delete: 'Löschen',
    edit: 'Bearbeiten',
    remove: 'Entfernen',
    rename: 'Umbenennen',
    open: 'Öffnen',
    dismiss: 'Ausblenden',
  },
  circles: {
    heading: 'Deine Kreise',
    intro:
      'Ein Kreis ist eine Kampagne, eine Betriebsgruppe oder eine Initiative. Alles darin bleibt auf den Laptops seiner Mitglieder.',
    empty: 'Auf diesem Gerät gibt es noch keine Kreise. Lege unten den ersten an.',
    listLabel: 'Kreise auf diesem Gerät',
    createHeading: 'Neuer Kreis',
    name: 'Name',
    language: 'Hauptsprache des Kreises',
    memberName: 'Dein Name in diesem Kreis',
    memberNameHint: 'So sehen dich die anderen Mitglieder. Ein Vorname oder Spitzname genügt.',
    create: 'Kreis anlegen',
    created: 'Angelegt am {{date}}',
    renameLabel: '{{name}} umbenennen',
    deleteLabel: '{{name}} löschen',
    renameHeading: 'Kreis umbenennen',
    newName: 'Neuer Name',
    deleteHeading: '„{{name}}“ löschen?',
    deleteBody:
      'Das entfernt den Kreis und alles darin von diesem Gerät. Mitglieder mit eigener Kopie behalten sie.',
    deleteConfirm: 'Von diesem Gerät löschen',
    deleted: 'Der Kreis „{{name}}“ wurde von diesem Gerät gelöscht.',
    damagedMark: 'Beschädigt',
    notFound: 'Dieser Kreis ist nicht auf diesem Gerät.',
    damaged:
      'Dieser Kreis konnte nicht aus dem Speicher geöffnet werden. Es wurde nichts verändert.',
  },
  people: {
    heading: 'Personen',
    add: 'Person hinzufügen',
    filter: 'Personen filtern',
    filterHint: 'Name, Schlagwort, Einheit oder ein beliebiges Wort eingeben',
    count_one: '{{count, number}} Person',
    count_other: '{{count, number}} Personen',
    shown: '{{shown, number}} von {{total, number}} angezeigt',
    empty: 'In diesem Kreis ist noch niemand. Füge die erste Person hinzu.',
    noMatch: 'Niemand passt zu „{{query}}“.',
    listLabel: 'Personen in diesem Kreis',
    addHeading: 'Person hinzufügen',
    editHeading: '{{name}} bearbeiten',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    address: 'Adresse',
    unit: 'Einheit',
    unitHint:
      'Abteilung, Schicht, Gebäude, Etage oder Straße. Mit > eine Einheit in einer Einheit: Hafen > Nachtschicht',
    tags: 'Schlagwörter',
    tagsHint: 'Schlagwörter mit Kommas trennen',
    notes: 'Notizen',
    removeHeading: '{{name}} entfernen?',
    removeBody:
      'Das entfernt die Person aus diesem Kreis auf diesem Gerät und, sobald synchronisiert, auf den Geräten der anderen Mitglieder.',
    removed: '{{name}} wurde entfernt.',
    added: '{{name}} wurde hinzugefügt.',
    saved: 'Änderungen an {{name}} wurden gespeichert.',
    details: 'Angaben zu {{name}}',
    malformed_one:
      '{{count}} Eintrag von einem anderen Gerät konnte nicht gelesen werden. Er bleibt erhalten, wird aber nicht angezeigt.',
    malformed_other:
      '{{count}} Einträge von einem anderen Gerät konnten nicht gelesen werden. Sie bleiben erhalten, werden aber nicht angezeigt.',
  },
  settings: {
    heading: 'Einstellungen',
    language: 'Sprache der Oberfläche',
    textSize: 'Schriftgröße',
    textSizeValue: '{{value}} %',
    about: 'Über Rhizome',
    version: 'Version {{version}}',
    platformWeb: 'Web-Version im Browser',
    platformElectron: 'Desktop-App ({{os}})',
  },
  security: {
    setupHeading: 'Dieses Gerät schützen',
    setupIntro:
      'Alles, was Rhizome auf diesem Gerät speichert, wird verschlüsselt. Wähle eine Passphrase: Ohne sie gibt ein verlorener oder beschlagnahmter Laptop nichts preis.',
    passphrase: 'Passphrase',
    passphraseHint:
      'Mindestens {{min}} Zeichen. Ein paar unzusammenhängende Wörter sind leicht zu merken und schwer zu erraten.',
    confirm: 'Passphrase wiederholen',
    mismatch: 'Die beiden Passphrasen stimmen nicht überein.',
    tooShort: 'Bitte verwende mindestens {{min}} Zeichen.',
    remember: 'Auf diesem Gerät merken (mit dem Schlüsselbund des Systems entsperren)',
    rememberHint:
      'Praktisch auf einem Laptop, den nur du benutzt. Wer sich in dein Benutzerkonto einloggen kann, könnte Rhizome dann öffnen.',
    rememberInsecure:
      'Dieses System hat keinen sicheren Schlüsselbund (der Schlüssel würde mit einem festen Passwort gespeichert), daher kann Rhizome die Passphrase hier nicht merken.',
    rememberUnavailable:
      'Zum Merken der Passphrase braucht es die Desktop-App mit einem Schlüsselbund des Systems.',
    start: 'Verschlüsseln und starten',
    working: 'Wird verschlüsselt…',
    noRecovery:
      'Eine vergessene Passphrase lässt sich nicht wiederherstellen. Lege verschlüsselte Sicherungen deiner Kreise an.',
    lockedHeading: 'Rhizome ist gesperrt',
    lockedIntro: 'Gib deine Passphrase ein, um deine Kreise zu öffnen.',
    unlock: 'Entsperren',
    unlockKeychain: 'Mit dem Schlüsselbund des Systems entsperren',
    unlocking: 'Wird entsperrt…',
    wrong: 'Diese Passphrase stimmt nicht. Es wurde nichts geöffnet.',
    wait_one: 'Zu viele falsche Versuche. Versuche es in {{count}} Sekunde erneut.',
    wait_other: 'Zu viele falsche Versuche. Versuche es in {{count}} Sekunden erneut.',
    keychainFailed:
      'Der Schlüsselbund des Systems hat Rhizome nicht entsperrt. Verwende deine Passphrase.',
    lockNow: 'Jetzt sperren',
    heading: 'Sicherheit',
    idle: 'Sperren nach Inaktivität',
    idleMinutes_one: '{{count}} Minute',
    idleMinutes_other: '{{count}} Minuten',
    changeHeading: 'Passphrase ändern',
    current: 'Aktuelle Passphrase',
    next: 'Neue Passphrase',
    change: 'Passphrase ändern',
    changed: 'Die Passphrase wurde geändert.',
    rememberOn: 'Auf diesem Gerät merken',
    rememberOff: 'Nicht mehr auf diesem Gerät merken',
    rememberedState: 'Dieses Gerät merkt sich die Passphrase über den Schlüsselbund des Systems.',
    notRememberedState: 'Dieses Gerät fragt jedes Mal nach der Passphrase.',
    wipeHeading: 'Alle Daten löschen',
    wipeIntro:
      'Zerstört die Schlüssel und löscht sofort alle Kreise und Einstellungen von diesem Gerät. Mitglieder mit eigener Kopie behalten sie. Das lässt sich nicht rückgängig machen.',
    wipeOpen: 'Alle Daten löschen…',
    wipeConfirmHeading: 'Alles auf diesem Gerät löschen?',
    wipeTypeWord: 'Gib {{word}} ein, um zu bestätigen',
    wipeWord: 'LÖSCHEN',
    wipeConfirm: 'Jetzt löschen',
    wiping: 'Wird gelöscht…',
  },
  backup: {
    export: 'Sichern',
    exportLabel: '{{name}} sichern',
    exportHeading: 'Verschlüsselte Sicherung von „{{name}}“',
    exportIntro:
      'Die Sicherungsdatei wird mit einer eigenen Passphrase verschlüsselt. Bewahre sie sicher auf; ohne die Passphrase lässt sie sich nicht öffnen.',
    passphrase: 'Passphrase der Sicherung',
    create: 'Sicherungsdatei erstellen',
    progress: 'Verschlüsseln: {{done}} von {{total}} Teilen',
    done: 'Die Sicherungsdatei „{{file}}“ wurde gespeichert.',
    restore: 'Aus einer Sicherung wiederherstellen',
    restoreHeading: 'Einen Kreis aus einer Sicherung wiederherstellen',
    restoreIntro:
      'Ist der Kreis schon auf diesem Gerät, wird die Sicherung mit ihm zusammengeführt; es geht nichts verloren.',
    file: 'Sicherungsdatei',
    restoreStart: 'Wiederherstellen',
    restoreProgress: 'Entschlüsseln: {{done}} von {{total}} Teilen',
    restored: 'Der Kreis „{{name}}“ wurde wiederhergestellt.',
    errors: {
      notABackup: 'Diese Datei ist keine Rhizome-Sicherung.',
      wrongPassphrase: 'Die Passphrase der Sicherung stimmt nicht.',
      damaged: 'Die Sicherungsdatei ist beschädigt oder unvollständig.',
      noFile: 'Bitte wähle eine Sicherungsdatei.',
    },
  },
  sync: {
    button: 'Synchronisieren',
    buttonLabel_zero: 'Synchronisation: kein anderes Mitglied verbunden',
    buttonLabel_one: 'Synchronisation: {{count}} Mitglied verbunden',
    buttonLabel_other: 'Synchronisation: {{count}} Mitglieder verbunden',
    panelHeading: 'Mit anderen Mitgliedern synchronisieren',
    noServers:
      'Für diesen Kreis ist kein Signalisierungsserver eingetragen, daher können sich die Mitglieder nicht finden. Trage einen in den Einstellungen ein oder tritt mit einer Einladung bei, die einen enthält.',
    serverOpen: 'Verbunden mit {{url}}',
    serverConnecting: 'Verbinde mit {{url}}…',
    serverClosed:
      '{{url}} ist nicht erreichbar. Rhizome versucht es weiter; prüfe die Adresse und dein Netzwerk.',
    peersHeading: 'Mitglieder, die gerade online sind',
    noPeers:
      'Gerade ist kein anderes Mitglied verbunden. Deine Änderungen bleiben erhalten und werden geteilt, sobald jemand online ist.',
    unknownMember: 'Ein Mitglied (Name noch unbekannt)',
    lastSync: 'letzte Änderung empfangen {{time}}',
    noSyncYet: 'verbunden, noch nichts empfangen',
    onScreen: 'auf „{{screen}}“',
    unshared_zero: 'Alle deine Änderungen wurden geteilt.',
    unshared_one: '{{count}} deiner Änderungen hat noch kein anderes Mitglied erreicht.',
    unshared_other: '{{count}} deiner Änderungen haben noch kein anderes Mitglied erreicht.',
    dropped_one:
      '{{count}} Nachricht eines anderen Geräts wurde abgelehnt, weil sie nicht überprüft werden konnte.',
    dropped_other:
      '{{count}} Nachrichten anderer Geräte wurden abgelehnt, weil sie nicht überprüft werden konnten.',
    online: 'Online: {{names}}',
    screens: { circles: 'Kreise', people: 'Personen', settings: 'Einstellungen' },
    membersHeading: 'Mitglieder dieses Kreises',
    you: '{{name}} (du)',
    removedMark: '{{name}} (entfernt)',
    removeMember: '{{name}} entfernen',
    removeHeading: '{{name}} aus dem Kreis entfernen?',
    removeBody:
      'Der Kreis wechselt zu einem neuen Geheimnis. Die App von {{name}} erhält ab jetzt nichts Neues mehr. {{name}} behält alles, was bereits auf dem Gerät ist: Rhizome kann es nicht zurückholen. Mitglieder, die gerade offline sind, folgen, sobald sie ein anderes Mitglied treffen; wenn nicht, schicke ihnen eine neue Einladung.',
    removeConfirm: 'Aus dem Kreis entfernen',
    memberRemoved: '{{name}} wurde entfernt. Der Kreis hat zu einem neuen Geheimnis gewechselt.',
    removedBanner:
      'Ein anderes Mitglied hat dich aus diesem Kreis entfernt. Du behältst, was auf diesem Gerät ist, erhältst aber nichts Neues mehr.',
    inviteButton: 'Einladen',
    inviteHeading: 'Ein Mitglied zu „{{name}}“ einladen',
    inviteIntro:
      'Gib diesen Code nur der eingeladenen Person, persönlich oder über einen sicheren Kanal. Wer ihn hat, kann dem Kreis beitreten und alles darin lesen.',
    validFor: 'Gültig für',
    validDays_one: '{{count}} Tag',
    validDays_other: '{{count}} Tage',
    makeCode: 'Einladungscode erstellen',
    code: 'Einladungscode',
    copy: 'Code kopieren',
    copied: 'Der Einladungscode wurde kopiert.',
    qr: 'Der Einladungscode als QR-Code',
    expires: 'Gültig bis {{date}}',
    needServer:
      'Trage zuerst einen Signalisierungsserver in den Einstellungen ein: Ohne ihn kann dich das eingeladene Mitglied nicht finden.',
    joinButton: 'Mit einer Einladung einem Kreis beitreten',
    joinHeading: 'Einem Kreis beitreten',
    pasteCode: 'Einladungscode einfügen',
    check: 'Code prüfen',
    invitation: '„{{name}}“, eingeladen von {{by}}',
    join: 'Kreis beitreten',
    joined:
      'Du bist „{{name}}“ beigetreten. Der Kreis füllt sich, sobald ein anderes Mitglied online ist.',
    waiting: 'Warte darauf, dass ein anderes Mitglied online kommt, um den Kreis zu empfangen…',
    inviteErrors: {
      malformed: 'Das ist kein Rhizome-Einladungscode. Prüfe, ob du ihn vollständig kopiert hast.',
      tampered: 'Dieser Einladungscode ist beschädigt oder wurde verändert. Bitte um einen neuen.',
      expired: 'Dieser Einladungscode ist abgelaufen. Bitte um einen neuen.',
    },
    settingsHeading: 'Synchronisation',
    servers: 'Signalisierungsserver',
    serversHint:
      'Eine Adresse pro Zeile (ws:// oder wss://). Sie helfen den Mitgliedern nur, sich zu finden; deine Daten sehen sie nie. Ein Kollektiv kann mit „npm run signal“ einen eigenen betreiben.',
    iceServers: 'STUN-/TURN-Server (optional)',
    iceHint:
      'Eine Adresse pro Zeile (stun:, turn: oder turns:). Nur nötig für Mitglieder in verschiedenen Netzwerken; diese Server erfahren die IP-Adressen der Mitglieder.',
    badUrl: 'Diese Adresse ist ungültig: {{url}}',
    saved: 'Die Synchronisationseinstellungen wurden gespeichert.',
  },
  room: {
    button: 'Raum',
    heading: 'Sich in einem Raum ohne Internet treffen',
    intro:
      'Bei einem Treffen ohne Internet eröffnet ein Laptop den Raum, die anderen finden ihn im lokalen Netzwerk. Nichts verlässt den Raum.',
    host: 'Diesen Raum eröffnen',
    stop: 'Raum schließen',
    hosting:
      'Dieser Laptop hat einen Raum eröffnet. Die Apps der anderen Mitglieder in diesem Netzwerk finden ihn von selbst. Schließe den Raum nach dem Treffen; er schließt auch, wenn Rhizome sperrt oder beendet wird.',
    address:
      'Finden ihre Apps den Raum nicht (Gäste-WLANs verhindern das oft), geben sie diese Adresse ein oder scannen den Code:',
    qr: 'Die Raumadresse als QR-Code',
    found_one: '{{count}} Raum in diesem Netzwerk gefunden.',
    found_other: '{{count}} Räume in diesem Netzwerk gefunden.',
    inRoom: 'Im Raum, kein Internet nötig.',
    manual: 'Raumadresse',
    manualHint:
      'Die Adresse, die der Laptop mit dem Raum anzeigt, zum Beispiel ws://192.168.1.20:4444',
    connect: 'Diesen Raum verwenden',
    badAddress:
      'Das ist keine Raumadresse. Sie beginnt mit ws:// und wird auf dem Laptop mit dem Raum angezeigt.',
    webOnly:
      'Diese Browser-Version kann keine Räume eröffnen oder finden. Gib die Adresse ein, die der Laptop mit dem Raum anzeigt.',
    problems: {
      noNetwork:
        'Dieser Laptop ist mit keinem lokalen Netzwerk verbunden und kann daher keinen Raum eröffnen.',
      hostFailed:
        'Der Raum konnte in diesem Netzwerk nicht eröffnet werden. Versuche es erneut oder bitte ein anderes Mitglied.',
      discoveryFailed:
        'Räume in diesem Netzwerk können nicht gefunden werden. Gib stattdessen die Adresse ein.',
    },
    remove: '{{url}} nicht mehr verwenden',
  },
  save: {
    saved: 'Alle Änderungen gespeichert',
    saving: 'Wird gespeichert…',
    error: 'Nicht gespeichert',
  },
  errors: {
    field: {
      required: 'Bitte fülle dieses Feld aus.',
      wrongType: 'Dieser Wert ist ungültig.',
      tooShort: 'Bitte gib mindestens {{limit}} Zeichen ein.',
      tooLong: 'Bitte verwende höchstens {{limit}} Zeichen.',
      tooMany: 'Höchstens {{limit}} Einträge sind erlaubt.',
      notAllowed: 'Dieser Wert ist nicht erlaubt.',
      outOfRange: 'Dieser Wert liegt außerhalb des erlaubten Bereichs.',
    },
    domain: {
      invalid: 'Einige Felder müssen korrigiert werden.',
      notFound:
        'Diesen Eintrag gibt es nicht mehr. Vielleicht hat ein anderes Mitglied ihn entfernt.',
      readOnly:
        'Eine neuere Rhizome-Version hat diesen Kreis geändert. Du kannst ihn lesen, aber zum Ändern musst du Rhizome aktualisieren.',
    },
    storage: {
      quotaExceeded:
        'Die Festplatte ist voll. Deine letzten Änderungen bleiben in diesem Fenster; schaffe Platz, dann speichert Rhizome sie.',
      writeFailed:
        'Rhizome konnte deine letzten Änderungen nicht speichern. Sie bleiben in diesem Fenster und werden erneut gespeichert.',
      openFailed: 'Rhizome konnte seinen Speicher auf diesem Gerät nicht öffnen.',
    },
    localeFallback:
      'Die gespeicherte Sprache ist nicht verfügbar. Die Oberfläche wird auf Englisch angezeigt.',
    unexpected: 'Etwas ist schiefgelaufen. Deine Daten wurden nicht verändert.',
  },
  chart: chartDe,
  maps: mapsDe,
  meetings: meetingsDe,
  tests: testsDe,
  today: todayDe,
  leadership: leadershipDe,
  dashboard: dashboardDe,
  alerts: alertsDe,
  transfer: transferDe,
  setup: setupDe,
  person: personDe,
  conversations: conversationsDe,
  proposals: proposalsDe,
  archive: archiveDe,
  plans: plansDe,
  menu: {
    file: 'Datei',
    newCircle: 'Neuer Kreis',
    newPerson: 'Neue Person',
    showCircles: 'Alle Kreise',
    settings: 'Einstellungen',
    quit: 'Rhizome beenden',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    textLarger: 'Größere Schrift',
    textSmaller: 'Kleinere Schrift',
    textReset: 'Normale Schriftgröße',
    lock: 'Rhizome sperren',
    wipe: 'Alle Daten löschen…',
    window: 'Fenster',
    help: 'Hilfe',
  },
}

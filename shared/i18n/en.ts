import { archiveEn } from './en/archive'
import { plansEn } from './en/plans'
import { chartEn } from './en/chart'
import { conversationsEn } from './en/conversations'
import { mapsEn } from './en/maps'
import { meetingsEn } from './en/meetings'
import { personEn } from './en/person'
import { proposalsEn } from './en/proposals'
import { setupEn } from './en/setup'
import { testsEn } from './en/tests'
import { todayEn } from './en/today'
import { leadershipEn } from './en/leadership'
import { dashboardEn } from './en/dashboard'
import { alertsEn } from './en/alerts'
import { transferEn } from './en/transfer'

/** English interface text. Every other locale must have exactly these keys (typechecked). */
export const en = {
  app: {
    name: 'Rhizome',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    loading: 'Loading…',
    webNotice: 'Running in a browser. Data is kept in this browser profile.',
  },
  nav: {
    circles: 'Circles',
    people: 'People',
    settings: 'Settings',
    currentCircle: 'Current circle',
    circleViews: 'Circle',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    remove: 'Remove',
    rename: 'Rename',
    open: 'Open',
    dismiss: 'Dismiss',
  },
  circles: {
    heading: 'Your circles',
    intro:
      'A circle is one campaign, union drive or group. Everything in it stays on the laptops of its members.',
    empty: 'There are no circles on this device yet. Create the first one below.',
    listLabel: 'Circles on this device',
    createHeading: 'New circle',
    name: 'Name',
    language: 'Main language of the circle',
    memberName: 'Your name in this circle',
    memberNameHint: 'How the other members will see you. A first name or nickname is enough.',
    create: 'Create circle',
    created: 'Created {{date}}',
    renameLabel: 'Rename {{name}}',
    deleteLabel: 'Delete {{name}}',
    renameHeading: 'Rename circle',
    newName: 'New name',
    deleteHeading: 'Delete “{{name}}”?',
    deleteBody:
      'This removes the circle and everything in it from this device. Members who have their own copy keep it.',
    deleteConfirm: 'Delete from this device',
    deleted: 'Circle “{{name}}” was deleted from this device.',
    damagedMark: 'Damaged',
    notFound: 'This circle is not on this device.',
    damaged:
      'The stored data of this circle is damaged and could not be opened. It was left untouched; you can restore the circle from a backup.',
  },
  people: {
    heading: 'People',
    add: 'Add person',
    filter: 'Filter people',
    filterHint: 'Type a name, tag, unit or any word',
    count_one: '{{count, number}} person',
    count_other: '{{count, number}} people',
    shown: '{{shown, number}} of {{total, number}} shown',
    empty: 'No one is in this circle yet. Add the first person.',
    noMatch: 'No one matches “{{query}}”.',
    listLabel: 'People in this circle',
    addHeading: 'Add a person',
    editHeading: 'Edit {{name}}',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    unit: 'Unit',
    unitHint:
      'Department, shift, building, floor or street. Use > for a unit within a unit: Harbour > Night shift',
    tags: 'Tags',
    tagsHint: 'Separate tags with commas',
    notes: 'Notes',
    removeHeading: 'Remove {{name}}?',
    removeBody:
      'This removes the person from this circle on this device and, once synced, on the other members’ devices.',
    removed: '{{name}} was removed.',
    added: '{{name}} was added.',
    saved: 'Changes to {{name}} were saved.',
    details: 'Details of {{name}}',
    malformed_one:
      '{{count}} record written by another device could not be read. It is kept but hidden.',
    malformed_other:
      '{{count}} records written by another device could not be read. They are kept but hidden.',
  },
  settings: {
    heading: 'Settings',
    language: 'Interface language',
    textSize: 'Text size',
    textSizeValue: '{{value}} %',
    about: 'About',
    version: 'Version {{version}}',
    platformWeb: 'Web build in a browser',
    platformElectron: 'Desktop app ({{os}})',
  },
  security: {
    setupHeading: 'Protect this device',
    setupIntro:
      'Everything Rhizome stores on this device is encrypted. Choose a passphrase: without it, a lost or seized laptop gives up nothing.',
    passphrase: 'Passphrase',
    passphraseHint:
      'At least {{min}} characters. A few unrelated words are easy to remember and hard to guess.',
    confirm: 'Repeat the passphrase',
    mismatch: 'The two passphrases are not the same.',
    tooShort: 'Please use at least {{min}} characters.',
    remember: 'Remember on this device (unlock with the system keychain)',
    rememberHint:
      'Convenient on a laptop only you use. Anyone who can log in to your account could then open Rhizome.',
    rememberInsecure:
      'This system has no secure keychain (it would store the key with a fixed password), so Rhizome cannot remember the passphrase here.',
    rememberUnavailable: 'Remembering the passphrase needs the desktop app with a system keychain.',
    start: 'Encrypt and start',
    working: 'Encrypting…',
    noRecovery:
      'There is no way to recover a forgotten passphrase. Keep encrypted backups of your circles.',
    lockedHeading: 'Rhizome is locked',
    lockedIntro: 'Enter your passphrase to open your circles.',
    unlock: 'Unlock',
    unlockKeychain: 'Unlock with the system keychain',
    unlocking: 'Unlocking…',
    wrong: 'That passphrase is not right. Nothing was opened.',
    wait_one: 'Too many wrong attempts. Try again in {{count}} second.',
    wait_other: 'Too many wrong attempts. Try again in {{count}} seconds.',
    keychainFailed: 'The system keychain did not unlock Rhizome. Use your passphrase.',
    lockNow: 'Lock now',
    heading: 'Security',
    idle: 'Lock after inactivity',
    idleMinutes_one: '{{count}} minute',
    idleMinutes_other: '{{count}} minutes',
    changeHeading: 'Change passphrase',
    current: 'Current passphrase',
    next: 'New passphrase',
    change: 'Change passphrase',
    changed: 'The passphrase was changed.',
    rememberOn: 'Remember on this device',
    rememberOff: 'Stop remembering on this device',
    rememberedState: 'This device remembers the passphrase through the system keychain.',
    notRememberedState: 'This device asks for the passphrase every time.',
    wipeHeading: 'Wipe all data',
    wipeIntro:
      'Destroys the keys and deletes every circle and setting from this device at once. Members who have their own copies keep them. This cannot be undone.',
    wipeOpen: 'Wipe all data…',
    wipeConfirmHeading: 'Wipe everything on this device?',
    wipeTypeWord: 'Type {{word}} to confirm',
    wipeWord: 'WIPE',
    wipeConfirm: 'Wipe now',
    wiping: 'Wiping…',
  },
  backup: {
    export: 'Back up',
    exportLabel: 'Back up {{name}}',
    exportHeading: 'Encrypted backup of “{{name}}”',
    exportIntro:
      'The backup file is encrypted with a passphrase of its own. Store it somewhere safe; without the passphrase it cannot be opened.',
    passphrase: 'Backup passphrase',
    create: 'Create backup file',
    progress: 'Encrypting: {{done}} of {{total}} parts',
    done: 'Backup file “{{file}}” was saved.',
    restore: 'Restore from a backup',
    restoreHeading: 'Restore a circle from a backup',
    restoreIntro:
      'If the circle is already on this device, the backup is merged into it; nothing is lost.',
    file: 'Backup file',
    restoreStart: 'Restore',
    restoreProgress: 'Decrypting: {{done}} of {{total}} parts',
    restored: 'Circle “{{name}}” was restored.',
    errors: {
      notABackup: 'This file is not a Rhizome backup.',
      wrongPassphrase: 'The backup passphrase is not right.',
      damaged: 'The backup file is damaged or incomplete.',
      noFile: 'Please choose a backup file.',
    },
  },
  sync: {
    button: 'Sync',
    buttonLabel_zero: 'Sync: no other member connected',
    buttonLabel_one: 'Sync: {{count}} member connected',
    buttonLabel_other: 'Sync: {{count}} members connected',
    panelHeading: 'Sync with other members',
    noServers:
      'No signaling server is set for this circle, so members cannot find each other. Add one in Settings, or join with an invite that has one.',
    serverOpen: 'Connected to {{url}}',
    serverConnecting: 'Connecting to {{url}}…',
    serverClosed: 'Cannot reach {{url}}. Rhizome keeps trying; check the address and your network.',
    peersHeading: 'Members online now',
    noPeers:
      'No other member is connected right now. Your changes are kept and will be shared when someone comes online.',
    unknownMember: 'A member (name not yet known)',
    lastSync: 'last change received {{time}}',
    noSyncYet: 'connected, nothing received yet',
    onScreen: 'on “{{screen}}”',
    unshared_zero: 'Every change you made has been shared.',
    unshared_one: '{{count}} change you made has not reached another member yet.',
    unshared_other: '{{count}} changes you made have not reached another member yet.',
    dropped_one:
      '{{count}} message from another device was refused because it could not be verified.',
    dropped_other:
      '{{count}} messages from other devices were refused because they could not be verified.',
    online: 'Online: {{names}}',
    screens: { circles: 'Circles', people: 'People', settings: 'Settings' },
    membersHeading: 'Members of this circle',
    you: '{{name}} (you)',
    removedMark: '{{name}} (removed)',
    removeMember: 'Remove {{name}}',
    removeHeading: 'Remove {{name}} from the circle?',
    removeBody:
      'The circle moves to a new secret. {{name}}’s app will receive nothing new from now on. {{name}} keeps everything they already have on their device: Rhizome cannot take it back. Members who are offline now follow as soon as they meet another member; if one does not, send them a new invite.',
    removeConfirm: 'Remove from circle',
    memberRemoved: '{{name}} was removed. The circle moved to a new secret.',
    removedBanner:
      'You were removed from this circle by another member. You keep what is on this device, but you receive nothing new.',
    inviteButton: 'Invite',
    inviteHeading: 'Invite a member to “{{name}}”',
    inviteIntro:
      'Give this code only to the person you invite, in person or over a secure channel. Whoever has it can join the circle and read everything in it.',
    validFor: 'Valid for',
    validDays_one: '{{count}} day',
    validDays_other: '{{count}} days',
    makeCode: 'Create invite code',
    code: 'Invite code',
    copy: 'Copy code',
    copied: 'The invite code was copied.',
    qr: 'The invite code as a QR code',
    expires: 'Valid until {{date}}',
    needServer:
      'Add a signaling server in Settings first: without one, the invited member cannot find you.',
    joinButton: 'Join a circle with an invite',
    joinHeading: 'Join a circle',
    pasteCode: 'Paste the invite code',
    check: 'Check code',
    invitation: '“{{name}}”, invited by {{by}}',
    join: 'Join circle',
    joined: 'You joined “{{name}}”. It fills as soon as another member is online.',
    waiting: 'Waiting for another member to come online to receive the circle…',
    inviteErrors: {
      malformed: 'This is not a Rhizome invite code. Check that you copied all of it.',
      tampered: 'This invite code is damaged or was changed. Ask for a new one.',
      expired: 'This invite code has expired. Ask for a new one.',
    },
    settingsHeading: 'Sync',
    servers: 'Signaling servers',
    serversHint:
      'One address per line (ws:// or wss://). They only help members find each other; they never see your data. A collective can run its own with “npm run signal”.',
    iceServers: 'STUN/TURN servers (optional)',
    iceHint:
      'One address per line (stun:, turn: or turns:). Only needed for members on different networks; these servers learn members’ IP addresses.',
    badUrl: 'This address is not valid: {{url}}',
    saved: 'Sync settings were saved.',
  },
  room: {
    button: 'Room',
    heading: 'Meet in a room without internet',
    intro:
      'In a meeting with no internet, one laptop hosts the room and the others find it on the local network. Nothing leaves the room.',
    host: 'Host this room',
    stop: 'Stop hosting',
    hosting:
      'This laptop is hosting a room. The other members’ apps on this network find it by themselves. Stop hosting when the meeting ends; it also stops when Rhizome locks or quits.',
    address:
      'If their apps do not find the room (guest Wi-Fi often blocks this), they type this address or scan the code:',
    qr: 'The room address as a QR code',
    found_one: '{{count}} room found on this network.',
    found_other: '{{count}} rooms found on this network.',
    inRoom: 'In the room, no internet needed.',
    manual: 'Room address',
    manualHint: 'The address the hosting laptop shows, for example ws://192.168.1.20:4444',
    connect: 'Use this room',
    badAddress:
      'This is not a room address. It starts with ws:// and is shown on the hosting laptop.',
    webOnly:
      'This browser version cannot host or discover rooms. Type the address the hosting laptop shows.',
    problems: {
      noNetwork: 'This laptop is not connected to a local network, so it cannot host a room.',
      hostFailed:
        'The room could not be started on this network. Try again, or ask another member to host.',
      discoveryFailed:
        'Rooms on this network cannot be discovered. Type the host’s address instead.',
    },
    remove: 'Stop using {{url}}',
  },
  save: {
    saved: 'All changes saved',
    saving: 'Saving…',
    error: 'Not saved',
  },
  errors: {
    field: {
      required: 'Please fill in this field.',
      wrongType: 'This value is not valid.',
      tooShort: 'Please enter at least {{limit}} characters.',
      tooLong: 'Please use at most {{limit}} characters.',
      tooMany: 'At most {{limit}} entries are allowed.',
      notAllowed: 'This value is not allowed.',
      outOfRange: 'This value is out of range.',
    },
    domain: {
      invalid: 'Some fields need attention.',
      notFound: 'This item no longer exists. Another member may have removed it.',
      readOnly:
        'A newer version of Rhizome changed this circle. You can read it, but update Rhizome to change it.',
    },
    storage: {
      quotaExceeded:
        'The disk is full. Your latest changes are kept in this window; free some space and Rhizome will save them.',
      writeFailed:
        'Rhizome could not save your latest changes. They are kept in this window and will be saved again.',
      openFailed: 'Rhizome could not open its storage on this device.',
    },
    localeFallback: 'The saved interface language is not available. Showing English.',
    unexpected: 'Something went wrong. Your data was not changed.',
  },
  chart: chartEn,
  maps: mapsEn,
  meetings: meetingsEn,
  tests: testsEn,
  today: todayEn,
  leadership: leadershipEn,
  dashboard: dashboardEn,
  alerts: alertsEn,
  transfer: transferEn,
  setup: setupEn,
  person: personEn,
  conversations: conversationsEn,
  proposals: proposalsEn,
  archive: archiveEn,
  plans: plansEn,
  menu: {
    file: 'File',
    newCircle: 'New circle',
    newPerson: 'New person',
    showCircles: 'All circles',
    settings: 'Settings',
    quit: 'Quit Rhizome',
    edit: 'Edit',
    view: 'View',
    textLarger: 'Larger text',
    textSmaller: 'Smaller text',
    textReset: 'Actual text size',
    lock: 'Lock Rhizome',
    wipe: 'Wipe all data…',
    window: 'Window',
    help: 'Help',
  },
}

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
export type Translation = Strings<typeof en>

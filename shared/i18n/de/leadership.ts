import type { Translation } from '../en'

/** German text of leadership development (features/leadership). */
export const leadershipDe: Translation['leadership'] = {
  title: 'Führung',
  intro:
    'Natürliche Führungspersonen werden erkannt, geschult, übernehmen wachsende Verantwortung und führen mit der Zeit selbst Einzelgespräche.',
  stages: {
    none: 'Keine Stufe',
    identified: 'Erkannt',
    training: 'In Schulung',
    responsible: 'Übernimmt Verantwortung',
    leading: 'Führt',
    organizing: 'Organisiert andere',
  },
  kinds: {
    training: 'Schulung',
    responsibility: 'Verantwortung',
    stage: 'Stufe',
  },
  pipeline: {
    heading: 'Pipeline',
    now: 'Menschen je Stufe jetzt',
    stageColumn: 'Stufe',
    countColumn: 'Menschen',
    overTime: 'In den letzten 12 Monaten',
    chartLabel: 'Menschen je Stufe am Ende jedes Monats',
    tableCaption: 'Menschen je Stufe am Ende jedes Monats, mit den Stufenwechseln',
    monthColumn: 'Monat',
    movesColumn: 'Stufenwechsel (aufwärts)',
    moves: '{{moves, number}} ({{up, number}})',
    empty: 'Noch keine Führungsstufen erfasst. Die Stufe einer Person steht in ihren Details.',
  },
  section: {
    heading: 'Führungsentwicklung',
    stage: 'Führungsstufe',
    currentStage: 'Stufe: {{stage}}',
    setStage: 'Stufe setzen',
    stageSet: 'Führungsstufe von {{name}}: {{stage}}.',
    kind: 'Eintrag',
    text: 'Was',
    textHint: 'Die besuchte Schulung oder die übernommene Verantwortung',
    day: 'Tag',
    record: 'Eintragen',
    recorded: 'Für {{name}} eingetragen.',
    history: 'Verlauf',
    historyEmpty: 'Noch nichts eingetragen.',
    entry: '{{kind}}: {{text}} · {{date}} · {{by}}',
    remove: 'Entfernen',
    removeLabel: '„{{text}}“ ({{date}}) entfernen',
    removed: 'Entfernt.',
    unknownMember: 'ein Mitglied',
  },
}

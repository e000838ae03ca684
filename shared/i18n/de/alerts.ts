import type { Translation } from '../en'

/** German text of urgent alerts (features/alerts). */
export const alertsDe: Translation['alerts'] = {
  banner: {
    label: 'Aktive dringende Alarme',
    heading: 'Dringender Alarm',
    when: 'Wann: {{when}}',
    where: 'Wo: {{where}}',
    raisedBy: 'Ausgelöst von {{name}}',
    someone: 'einem Mitglied',
    acknowledge: 'Gesehen',
    acknowledgeLabel: 'Alarm „{{what}}“ als gesehen bestätigen',
    cancel: 'Diesen Alarm aufheben',
    cancelLabel: 'Alarm „{{what}}“ für alle aufheben',
    acknowledged: 'Alarm bestätigt.',
    cancelled: 'Alarm für alle aufgehoben.',
  },
  raise: {
    button: 'Dringenden Alarm auslösen',
    title: 'Dringenden Alarm auslösen',
    intro:
      'Alle Mitglieder sehen ihn über allem anderen und als Benachrichtigung, bis sie ihn bestätigen. Nur für schnelle Reaktion verwenden.',
    what: 'Was passiert',
    whatHint: 'Zum Beispiel: Zwangsräumung verhindern, Leute mitbringen.',
    where: 'Wo',
    day: 'Tag',
    dayHint: 'Heute oder in der nächsten Woche. Der Alarm endet am Ende dieses Tages.',
    time: 'Uhrzeit (freiwillig)',
    timeHint: 'HH:MM, zum Beispiel 07:30.',
    submit: 'Alarm auslösen',
    raised: 'Alarm ausgelöst. Alle Mitglieder werden ihn sehen.',
    notAllowed: 'Der Kreis hat dir nicht erlaubt, dringende Alarme auszulösen.',
    dayPast: 'Wähle heute oder einen späteren Tag.',
    dayFar: 'Wähle einen Tag in den nächsten {{limit}} Tagen.',
  },
  notification: 'Dringender Alarm in deinem Kreis – öffne Rhizome',
  setting: {
    heading: 'Dringende Alarme',
    intro:
      'Ein dringender Alarm erscheint in der App jedes Mitglieds über allem anderen. Er fällt auf, weil er selten ist: Wählt, wer einen auslösen darf.',
    who: 'Wer einen Alarm auslösen darf',
    everyone: 'Alle Mitglieder',
    listed: 'Nur die unten gewählten Mitglieder',
    members: 'Mitglieder, die Alarme auslösen dürfen',
    noneChosen: 'Kein Mitglied gewählt: Niemand kann einen Alarm auslösen.',
    save: 'Speichern',
    saved: 'Gespeichert: wer dringende Alarme auslösen darf.',
  },
}

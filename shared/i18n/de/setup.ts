import type { Translation } from '../en'

export const setupDe: Translation['setup'] = {
  title: 'Einheiten & Felder',
  units: {
    heading: 'Einheiten',
    intro:
      'Einheiten teilen die Personen des Kreises ein: Standort › Abteilung › Schicht, Gebäude › Etage oder Straße. Kartiert wird nach Einheit.',
    empty:
      'Noch keine Einheiten. Die erste hinzufügen oder bei einer Person im Feld Einheit eintippen.',
    treeLabel: 'Einheiten dieses Kreises',
    name: 'Name der Einheit',
    parent: 'Innerhalb von',
    top: '(oberste Ebene)',
    add: 'Einheit hinzufügen',
    added: 'Einheit „{{name}}“ hinzugefügt.',
    people_one: '{{count, number}} Person',
    people_other: '{{count, number}} Personen',
    edit: '{{name}} bearbeiten',
    editHeading: 'Einheit „{{name}}“ bearbeiten',
    saved: 'Einheit „{{name}}“ gespeichert.',
    remove: '{{name}} entfernen',
    removeHeading: 'Einheit „{{name}}“ entfernen?',
    removeBody:
      'Ihre Personen und die Einheiten darin rücken nach „{{parent}}“ auf. Niemand wird aus dem Kreis entfernt.',
    removed: 'Einheit „{{name}}“ entfernt.',
  },
  fields: {
    heading: 'Felder des Kreises',
    intro: 'Eigene Felder für jede Person: Text, Zahl, Datum oder eine Auswahl aus einer Liste.',
    empty: 'Noch keine eigenen Felder.',
    name: 'Name des Feldes',
    type: 'Art des Wertes',
    types: {
      text: 'Text',
      number: 'Zahl',
      date: 'Datum',
      choice: 'Auswahl aus einer Liste',
    },
    choices: 'Auswahlmöglichkeiten',
    choicesHint: 'Auswahlmöglichkeiten mit Kommas trennen',
    add: 'Feld hinzufügen',
    added: 'Feld „{{name}}“ hinzugefügt.',
    edit: '{{name}} bearbeiten',
    editHeading: 'Feld „{{name}}“ bearbeiten',
    saved: 'Feld „{{name}}“ gespeichert.',
    remove: '{{name}} entfernen',
    removeHeading: 'Feld „{{name}}“ entfernen?',
    removeBody: 'Der Wert jeder Person für dieses Feld wird ebenfalls entfernt.',
    removed: 'Feld „{{name}}“ entfernt.',
    needChoices: 'Mindestens eine Auswahlmöglichkeit angeben.',
  },
}

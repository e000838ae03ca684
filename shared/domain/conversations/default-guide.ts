import type { Guide, GuideText } from './guide'

/**
 * The conversation guide that ships with Rhizome, used when a circle has none of its own and
 * the starting point of "start from the default guide". It follows the classic structure of an
 * organizing conversation: build trust, find the issues, hear what they care about, make the
 * ask, get a concrete commitment, agree on the follow-up.
 */
export const DEFAULT_GUIDES: Readonly<Record<'en' | 'de', GuideText>> = {
  en: {
    name: 'One-on-one conversation',
    opening:
      'Introduce yourself and why you are here. Ask about their work and life: how long have they been here, what is a normal day like? Listen more than you talk.',
    issues:
      'What would you change about this place if you could? What frustrates people around you? Note each issue in a few words.',
    cares:
      'Why does this matter to you? How does it affect you and your family? Write down what they say in their own words.',
    ask: 'Who decides this? What would it take to change it? Will you join us in doing something about it? Make a concrete ask.',
    commitment:
      'What exactly will they do, and by when? (Come to the meeting on …, talk to two colleagues, sign the petition.) Repeat it back.',
    followUp:
      'When will you talk again? Agree on a day and how to reach them. Thank them for their time.',
  },
  de: {
    name: 'Einzelgespräch',
    opening:
      'Stell dich vor und sag, warum du da bist. Frag nach Arbeit und Leben: Wie lange bist du schon hier, wie sieht ein normaler Tag aus? Hör mehr zu, als du redest.',
    issues:
      'Was würdest du hier ändern, wenn du könntest? Was ärgert die Leute um dich herum? Notiere jedes Thema in wenigen Worten.',
    cares:
      'Warum ist dir das wichtig? Was bedeutet es für dich und deine Familie? Schreib auf, was die Person in ihren eigenen Worten sagt.',
    ask: 'Wer entscheidet darüber? Was bräuchte es, um das zu ändern? Machst du mit, wenn wir etwas dagegen tun? Stell eine konkrete Frage.',
    commitment:
      'Was genau macht die Person, und bis wann? (Zum Treffen am … kommen, mit zwei Kolleg*innen reden, die Petition unterschreiben.) Wiederhole es.',
    followUp:
      'Wann sprecht ihr wieder? Vereinbart einen Tag und wie du die Person erreichst. Bedank dich für die Zeit.',
  },
}

/** The shipped guide's language that fits `language` best (English when none does). */
export function defaultGuideLanguage(language: string): 'en' | 'de' {
  return language.toLowerCase().split('-')[0] === 'de' ? 'de' : 'en'
}

/** The shipped default guide in (or closest to) `language`. */
export function defaultGuide(language: string): GuideText & { language: string } {
  const lang = defaultGuideLanguage(language)
  return { ...DEFAULT_GUIDES[lang], language: lang }
}

/**
 * The guide the logging form starts with: the circle's guide in `language` (by its primary
 * subtag), else the circle's first guide, else null (the form then shows the default guide).
 */
export function preferredGuide(guides: readonly Guide[], language: string): Guide | null {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0]
  return guides.find((g) => primary(g.language) === primary(language)) ?? guides[0] ?? null
}

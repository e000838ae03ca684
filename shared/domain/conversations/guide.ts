import type { CollectionDef } from '../../data/collection'
import { field, type Field, type Infer } from '../../data/fields'

/** The steps of a one-on-one conversation, in order; a guide has a prompt for each. */
export const GUIDE_STEPS = ['opening', 'issues', 'cares', 'ask', 'commitment', 'followUp'] as const
export type GuideStep = (typeof GUIDE_STEPS)[number]

export const GUIDE_LIMITS = { name: 120, prompt: 2000, language: 35 } as const

/** A BCP 47 language tag in its common form: en, de, pt-BR, sr-Latn, zh-Hant-TW. */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** True for a language tag a guide may carry (see LANGUAGE). */
export const isLanguageTag = (v: string) => v.length <= GUIDE_LIMITS.language && LANGUAGE.test(v)

function languageField(): Field<string> {
  return {
    required: true,
    fallback: 'en',
    check(v) {
      if (typeof v !== 'string') return { ok: false, code: 'wrongType' }
      const s = v.trim()
      if (s === '') return { ok: false, code: 'required' }
      return isLanguageTag(s) ? { ok: true, value: s } : { ok: false, code: 'wrongType' }
    },
  }
}

const prompt = () => field.optionalText({ max: GUIDE_LIMITS.prompt })

/**
 * A conversation guide the circle writes for itself: questions and prompts for each step of a
 * one-on-one, in one language. A circle may keep several (one per language, or per campaign);
 * the logging form shows the chosen one next to each step.
 */
export const guideShape = {
  id: field.id(),
  name: field.text({ min: 1, max: GUIDE_LIMITS.name }),
  language: languageField(),
  opening: prompt(),
  issues: prompt(),
  cares: prompt(),
  ask: prompt(),
  commitment: prompt(),
  followUp: prompt(),
  createdAt: field.timestamp(),
}
export type Guide = Infer<typeof guideShape>
export type GuideInput = Omit<Guide, 'id' | 'createdAt'>
/** A guide's text (what the shipped default guide has too). */
export type GuideText = Pick<Guide, 'name' | GuideStep>

export const guidesCollection: CollectionDef<typeof guideShape> = {
  name: 'guides',
  shape: guideShape,
  immutable: ['id', 'createdAt'],
  sortKey: (g) => `${g.name.toLocaleLowerCase()}:${g.language.toLowerCase()}`,
  searchText: (g) => g.name.toLocaleLowerCase(),
}

/** Languages offered for a circle; names come from Intl in the interface language. */
export const CIRCLE_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'ro',
  'hu',
  'el',
  'sv',
  'da',
  'fi',
  'tr',
  'ar',
  'fa',
  'ku',
  'ru',
  'uk',
  'hi',
  'ur',
  'bn',
  'zh',
  'ja',
  'ko',
  'vi',
  'tl',
  'sw',
] as const

export function languageName(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

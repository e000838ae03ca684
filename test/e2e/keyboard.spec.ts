import { expect, test, type Locator, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { createForm, expectAllSaved, fmt, PASSPHRASE, personRow } from './helpers'

/**
 * The whole flow with the keyboard alone: page.keyboard only, never a click. Focus must always
 * be on a named control and visibly marked.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await expectVisibleFocus(target)
}

/** `target` has focus, an accessible name, and the focus ring that keyboard users see. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused()
  await expect(target).toHaveAccessibleName(/\S/)
  const state = await target.evaluate((el) => ({
    focusVisible: el.matches(':focus-visible'),
    outline: getComputedStyle(el).outlineStyle,
    what: el.outerHTML.slice(0, 80),
  }))
  expect(state.focusVisible, `no :focus-visible on ${state.what}`).toBe(true)
  expect(state.outline, `no focus outline on ${state.what}`).not.toBe('none')
}

/** Tabs to "your name in this circle" and types it, where the create form asks for it. */
async function typeMemberName(page: Page) {
  const label = (en.circles as Record<string, string | undefined>).memberName
  if (!label) return
  const field = createForm(page).getByLabel(label, { exact: true })
  if ((await field.count()) === 0) return
  await tabTo(page, field)
  await page.keyboard.type('Sam')
}

/** First-run setup with the keyboard: the passphrase field has focus, Enter submits. */
async function setUpByKeyboard(page: Page) {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: en.security.setupHeading }),
  ).toBeVisible()
  await expectVisibleFocus(page.getByLabel(en.security.passphrase, { exact: true }))
  await page.keyboard.type(PASSPHRASE)
  await page.keyboard.press('Tab')
  await expectVisibleFocus(page.getByLabel(en.security.confirm, { exact: true }))
  await page.keyboard.type(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible({
    timeout: 15_000,
  })
}

async function addPersonByKeyboard(page: Page, name: string, unit: string) {
  const addButton = page.getByRole('button', { name: en.people.add })
  await tabTo(page, addButton)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: en.people.addHeading })
  await expect(dialog).toBeVisible()
  await expectVisibleFocus(dialog.getByLabel(en.people.name, { exact: true }))
  await page.keyboard.type(name)
  await tabTo(page, dialog.getByLabel(en.people.unit))
  await page.keyboard.type(unit)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(personRow(page, name)).toBeVisible()
  // The native dialog hands focus back to the button that opened it.
  await expectVisibleFocus(addButton)
}

test('create a circle, add, open, edit and remove people with the keyboard alone', async ({
  page,
}) => {
  await setUpByKeyboard(page)

  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press('Tab')
  await expectVisibleFocus(page.getByRole('link', { name: en.app.skipToContent }))
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // Create a circle.
  await tabTo(page, page.getByLabel(en.circles.name, { exact: true }))
  await page.keyboard.type('Keyboard circle')
  await typeMemberName(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard circle' })).toBeVisible()

  await addPersonByKeyboard(page, 'Rosa Hernández', 'Night shift')
  await addPersonByKeyboard(page, 'Amir Khan', 'Loading dock')
  await addPersonByKeyboard(page, 'Berta Schulz', 'Office')
  await expectAllSaved(page)

  // Arrow keys, Home and End move between rows (the list is in alphabetical order).
  const amir = personRow(page, 'Amir Khan')
  const berta = personRow(page, 'Berta Schulz')
  const rosa = personRow(page, 'Rosa Hernández')
  await tabTo(page, amir)
  await page.keyboard.press('ArrowDown')
  await expectVisibleFocus(berta)
  await page.keyboard.press('ArrowDown')
  await expectVisibleFocus(rosa)
  await page.keyboard.press('ArrowDown')
  await expectVisibleFocus(rosa)
  await page.keyboard.press('ArrowUp')
  await expectVisibleFocus(berta)
  await page.keyboard.press('Home')
  await expectVisibleFocus(amir)
  await page.keyboard.press('End')
  await expectVisibleFocus(rosa)
  await page.keyboard.press('ArrowUp')
  await expectVisibleFocus(berta)

  // Open Berta with Enter; Escape closes the dialog and returns focus to her row.
  await page.keyboard.press('Enter')
  const edit = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Berta Schulz' }),
  })
  await expect(edit).toBeVisible()
  await expectVisibleFocus(edit.getByLabel(en.people.name, { exact: true }))
  await page.keyboard.press('Escape')
  await expect(edit).toBeHidden()
  await expectVisibleFocus(berta)

  // Open her again with Space and edit her phone; Enter in a field saves.
  await page.keyboard.press('Space')
  await expect(edit).toBeVisible()
  await tabTo(page, edit.getByLabel(en.people.phone))
  await page.keyboard.type('+49 30 123456')
  await page.keyboard.press('Enter')
  await expect(edit).toBeHidden()
  await expect(berta).toContainText('+49 30 123456')
  await expectVisibleFocus(berta)
  await expectAllSaved(page)

  // Tab stays inside an open dialog (it is modal) and Shift+Tab goes back.
  await page.keyboard.press('Enter')
  await expect(edit).toBeVisible()
  await expect(edit.getByLabel(en.people.phone)).toHaveValue('+49 30 123456')
  const save = edit.getByRole('button', { name: en.common.save })
  await tabTo(page, save)
  const cancel = edit.getByRole('button', { name: en.common.cancel })
  await page.keyboard.press('Shift+Tab')
  await expectVisibleFocus(cancel)

  // Remove her: the confirmation opens on Cancel, so Enter alone removes nobody.
  await tabTo(page, edit.getByRole('button', { name: en.common.remove }), { back: true })
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', {
    name: fmt(en.people.removeHeading, { name: 'Berta Schulz' }),
  })
  await expect(confirm).toBeVisible()
  await expectVisibleFocus(confirm.getByRole('button', { name: en.common.cancel }))
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(berta).toBeVisible()

  await expectVisibleFocus(berta)
  await page.keyboard.press('Enter')
  await expect(edit).toBeVisible()
  await tabTo(page, edit.getByRole('button', { name: en.common.remove }))
  await page.keyboard.press('Enter')
  await expect(confirm).toBeVisible()
  await tabTo(page, confirm.getByRole('button', { name: en.common.remove }))
  await page.keyboard.press('Enter')
  await expect(confirm).toBeHidden()
  await expect(berta).toBeHidden()
  await expect(
    page.getByRole('status').filter({ hasText: fmt(en.people.removed, { name: 'Berta Schulz' }) }),
  ).toBeVisible()
  await expect(amir).toBeVisible()
  await expect(rosa).toBeVisible()
  await expect(page.getByText(fmt(en.people.count_other, { count: 2 }))).toBeVisible()
  await expectAllSaved(page)
})

test('Escape closes the circle dialogs and returns focus to the button that opened them', async ({
  page,
}) => {
  await setUpByKeyboard(page)
  await tabTo(page, page.getByLabel(en.circles.name, { exact: true }))
  await page.keyboard.type('Escape test')
  await typeMemberName(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Escape test' })).toBeVisible()

  // Back to the list through the main navigation.
  await tabTo(
    page,
    page
      .getByRole('navigation', { name: en.app.mainNav })
      .getByRole('link', { name: en.nav.circles }),
  )
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()

  const rename = page.getByRole('button', {
    name: fmt(en.circles.renameLabel, { name: 'Escape test' }),
  })
  await tabTo(page, rename)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: en.circles.renameHeading })
  await expect(dialog).toBeVisible()
  await expectVisibleFocus(dialog.getByLabel(en.circles.newName))
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expectVisibleFocus(rename)

  // Rename by keyboard: select all, type, Enter.
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Renamed by keyboard')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('link', { name: 'Renamed by keyboard' })).toBeVisible()

  const del = page.getByRole('button', {
    name: fmt(en.circles.deleteLabel, { name: 'Renamed by keyboard' }),
  })
  await tabTo(page, del)
  await page.keyboard.press('Space')
  const confirm = page.getByRole('dialog', {
    name: fmt(en.circles.deleteHeading, { name: 'Renamed by keyboard' }),
  })
  await expect(confirm).toBeVisible()
  await expectVisibleFocus(confirm.getByRole('button', { name: en.common.cancel }))
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expectVisibleFocus(del)
})

import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, fmt, personRow, reloadAndUnlock, start } from './helpers'

const p = en.person

test('chart a person: unit tree, role, stage, leader, assessment history, a relationship, export and erase', async ({
  page,
}) => {
  await start(page)
  await createCircle(page, 'Harbour drive')
  await addPerson(page, { name: 'Rosa Hernández', unit: 'Harbour > Night shift' })
  await addPerson(page, { name: 'Clara Nunes', unit: 'harbour › Day shift' })
  // Both units sit under one "Harbour", whatever the case or the arrow typed.
  await expect(personRow(page, 'Rosa Hernández')).toContainText('Harbour › Night shift')
  await expect(personRow(page, 'Clara Nunes')).toContainText('Harbour › Day shift')

  await personRow(page, 'Rosa Hernández').click()
  let dialog = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Rosa Hernández' }),
  })
  await expect(dialog.getByLabel(en.people.unit)).toHaveValue('Harbour > Night shift')
  await dialog.getByLabel(p.role, { exact: true }).fill('Crane operator')
  await dialog.getByLabel(p.languages, { exact: true }).fill('Portuguese, German')
  await dialog.getByLabel(p.stage).selectOption({ label: p.stages.committed })
  await dialog.getByLabel(p.leader).check()
  await dialog.getByLabel(p.lastContact, { exact: true }).fill('2026-11-01')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()

  await personRow(page, 'Rosa Hernández').click()
  await expect(dialog.getByLabel(p.role, { exact: true })).toHaveValue('Crane operator')
  await expect(dialog.getByLabel(p.stage)).toHaveValue('committed')
  await expect(dialog.getByLabel(p.leader)).toBeChecked()
  await expect(dialog.getByText(p.assessment.none)).toBeVisible()

  // Two assessments: the later one is current, both are in the history.
  await dialog.getByLabel(p.assessment.value).selectOption('3')
  await dialog.getByRole('button', { name: p.assessment.record }).click()
  await dialog.getByLabel(p.assessment.value).selectOption('2')
  await dialog.getByLabel(p.assessment.reason).fill('Signed the card')
  await dialog.getByRole('button', { name: p.assessment.record }).click()
  await expect(
    dialog.getByText(fmt(p.assessment.current, { label: p.assessment.labels['2'] })),
  ).toBeVisible()
  await expect(dialog.locator('.assessment-history li')).toHaveCount(2)
  await expect(dialog.locator('.assessment-history li').first()).toContainText('Signed the card')

  // A relationship to Clara, picked by typing part of her name.
  await dialog.getByLabel(p.relations.person, { exact: true }).fill('cla')
  await dialog.getByRole('button', { name: 'Clara Nunes' }).click()
  await dialog.getByLabel(p.relations.kind).selectOption('family')
  await dialog.getByLabel(p.relations.label).fill('cousin')
  await dialog.getByRole('button', { name: p.relations.add }).click()
  await expect(dialog.locator('.relations')).toContainText(
    fmt(p.relations.entryFrom, { kind: p.relations.kinds.family, other: 'Clara Nunes' }),
  )

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])

  // Everything about Rosa, as a file.
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: p.rights.export }).click()
  const file = await (await downloading).path()
  const dossier = JSON.parse(await readFile(file, 'utf8')) as {
    person: Record<string, unknown>
    relationships: unknown[]
  }
  expect(dossier.person).toMatchObject({
    name: 'Rosa Hernández',
    unitPath: ['Harbour', 'Night shift'],
    role: 'Crane operator',
    languages: ['Portuguese', 'German'],
    stage: 'committed',
    leader: true,
    assessment: 2,
  })
  expect(dossier.relationships).toEqual([
    { kind: 'family', label: 'cousin', direction: 'from', other: 'Clara Nunes' },
  ])
  await dialog.getByRole('button', { name: p.rights.print }).click()
  await expect(
    dialog.getByRole('heading', { name: fmt(p.rights.printTitle, { name: 'Rosa Hernández' }) }),
  ).toBeVisible()

  // Erase on request: gone, with what refers to her, and still gone after a reload.
  await dialog.getByRole('button', { name: p.rights.erase }).click()
  const confirm = page.getByRole('dialog', {
    name: fmt(p.erase.heading, { name: 'Rosa Hernández' }),
  })
  await expect(confirm.getByText(p.erase.limits)).toBeVisible()
  await confirm.getByRole('button', { name: p.erase.confirm }).click()
  await expect(personRow(page, 'Rosa Hernández')).toHaveCount(0)
  await reloadAndUnlock(page)
  await expect(personRow(page, 'Clara Nunes')).toBeVisible()
  await expect(personRow(page, 'Rosa Hernández')).toHaveCount(0)
  await personRow(page, 'Clara Nunes').click()
  dialog = page.getByRole('dialog', { name: fmt(en.people.editHeading, { name: 'Clara Nunes' }) })
  await expect(dialog.getByText(p.relations.empty)).toBeVisible()
})

import { readFileSync } from 'node:fs'

import { screen, within } from '@testing-library/react'
import type { JsonBodyType } from 'msw'
import { describe, expect, it } from 'vitest'

import { VERDICT_META, VERDICTS } from '@/domain/glance/verdicts'
import { en } from '../lang'
import { datasetAnswers } from '../msw/scenarios'
import { server } from '../msw/server'
import { renderApp } from '../render'

const SHIPPED = JSON.parse(
  readFileSync('data/commitments.json', 'utf8'),
) as JsonBodyType
/** The day the cards were checked. */
const NOW = Date.UTC(2026, 11, 2, 12)
const WORDS = VERDICTS.map((v) => en.t(VERDICT_META[v].label))

async function glanceCards(path = '/') {
  server.use(datasetAnswers(SHIPPED))
  renderApp(path, NOW)
  const region = await screen.findByRole(
    'region',
    { name: 'At a glance' },
    { timeout: 15_000 },
  )
  const items = within(region)
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByRole('heading', { level: 3 }))
  return { region, items }
}

// The whole shipped dataset in jsdom, on a shared 2-core machine: allow time.
describe('At a glance on the shipped dataset', { timeout: 45_000 }, () => {
  it('answers each commitment: verdict word, figure, as-of date, link to its figure', async () => {
    const { region, items } = await glanceCards()
    expect(items).toHaveLength(6)
    expect(region).toHaveTextContent(
      'The data stop at 29 Jun 2026, 156 days ago; later dates are scheduled, not observed.',
    )
    for (const card of items) {
      const verdict = card.querySelector('.glance-verdict')!.textContent!
      expect(WORDS).toContain(verdict.replace('Verdict: ', ''))
      expect(card).toHaveTextContent(/\d+(%| of \d+)|No figures/)
      expect(card).toHaveTextContent(/as of \d{1,2} \w{3} \d{4}/)
      const link = within(card).getByRole('link', { name: /^See the figure/ })
      const id = link.getAttribute('href')!.replace(/^#/, '')
      expect(document.getElementById(id)).not.toBeNull()
    }
  })

  it('sets conflicting sources side by side under one verdict', async () => {
    const { items } = await glanceCards()
    const soy = items.find((li) =>
      within(li).queryByRole('heading', { name: /12 Mt/ }),
    )!
    expect(soy).toHaveTextContent('Verdict: Sources disagree')
    expect(soy).toHaveTextContent('58% of 12 Mt (about 6.9 Mt) · USDA')
    expect(soy).toHaveTextContent('100% of 12 Mt · traders')
  })

  it('drops the link of a card whose figure the filters hide', async () => {
    const { items } = await glanceCards('/?commodities=tariffs')
    const soy = items.find((li) =>
      within(li).queryByRole('heading', { name: /12 Mt/ }),
    )!
    expect(within(soy).queryByRole('link')).toBeNull()
    expect(soy).toHaveTextContent('Figure hidden by the filters')
    const us = items.find((li) =>
      within(li).queryByRole('heading', { name: /^US tariffs/ }),
    )!
    const href = within(us).getByRole('link').getAttribute('href')!
    expect(document.getElementById(href.slice(1))).not.toBeNull()
  })

  it('comes before the filters and the file loader', async () => {
    const { region } = await glanceCards()
    const filters = screen.getByRole('region', { name: 'Filters' })
    const loader = screen.getByRole('region', {
      name: 'Load your own dataset',
    })
    const follows = (a: Element, b: Element) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING
    expect(follows(region, filters)).toBeTruthy()
    expect(follows(region, loader)).toBeTruthy()
  })
})

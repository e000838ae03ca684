import { describe, expect, it } from 'vitest'
import { CSP as mainCsp } from '../../../electron/main/csp'
import { CSP as rendererCsp } from '../../../renderer/vite.shared'

describe('content security policy', () => {
  it('is the same in the protocol header and in the renderer meta tag', () => {
    expect(mainCsp).toBe(rendererCsp)
  })

  it('allows no inline or evaluated script', () => {
    const scriptSrc = mainCsp.split(';').find((d) => d.trim().startsWith('script-src'))
    expect(scriptSrc?.trim()).toBe("script-src 'self'")
    expect(mainCsp).not.toMatch(/unsafe-(eval|inline)/)
  })
})

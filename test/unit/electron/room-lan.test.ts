import { describe, expect, it } from 'vitest'
import {
  inSubnet,
  isLanIPv4,
  isVirtualInterface,
  lanAddresses,
} from '../../../electron/main/room/lan'
import { LAPTOP, ipv4, ipv6 } from '../room/fakes'

describe('room LAN addresses', () => {
  it('picks the non-internal private IPv4 address of a real interface only', () => {
    expect(lanAddresses(LAPTOP)).toEqual([
      { address: '192.168.1.23', netmask: '255.255.255.0', interface: 'wlan0' },
    ])
  })

  it('keeps every LAN interface, once per address, sorted', () => {
    const addresses = lanAddresses({
      en1: [ipv4('10.0.0.5', '255.0.0.0')],
      en0: [ipv4('192.168.1.23'), ipv4('169.254.7.9', '255.255.0.0')],
      'Wi-Fi': [ipv4('192.168.1.23')],
      eth0: [{ ...ipv4('172.16.4.4'), family: 4 as unknown as 'IPv4' }],
    })
    expect(addresses.map((a) => a.address)).toEqual([
      '10.0.0.5',
      '169.254.7.9',
      '172.16.4.4',
      '192.168.1.23',
    ])
  })

  it('refuses public, loopback, CGNAT, IPv6 and virtual interfaces', () => {
    expect(
      lanAddresses({
        eth0: [ipv4('203.0.113.7'), ipv4('100.64.1.2'), ipv6('fd00::1')],
        en0: [ipv4('127.0.0.2', '255.0.0.0', false), ipv4('192.168.5.5', '255.255.255.0', true)],
        utun3: [ipv4('10.1.1.1')],
        tailscale0: [ipv4('10.2.2.2')],
        'vEthernet (WSL)': [ipv4('172.20.0.1')],
        'VirtualBox Host-Only Network': [ipv4('192.168.56.1')],
        vboxnet0: [ipv4('192.168.57.1')],
        'br-1a2b3c': [ipv4('172.18.0.1')],
        empty: undefined,
      }),
    ).toEqual([])
  })

  it('recognises LAN ranges and subnets', () => {
    for (const a of ['10.0.0.1', '172.16.0.1', '172.31.255.254', '192.168.0.1', '169.254.1.1']) {
      expect(isLanIPv4(a), a).toBe(true)
    }
    for (const a of ['172.15.0.1', '172.32.0.1', '8.8.8.8', '127.0.0.1', '0.0.0.0', '::1', 'x']) {
      expect(isLanIPv4(a), a).toBe(false)
    }
    const lan = { address: '192.168.1.23', netmask: '255.255.255.0' }
    expect(inSubnet('192.168.1.200', lan)).toBe(true)
    expect(inSubnet('192.168.2.200', lan)).toBe(false)
    expect(inSubnet('not-an-ip', lan)).toBe(false)
    expect(isVirtualInterface('wlp2s0')).toBe(false)
    expect(isVirtualInterface('en0')).toBe(false)
    expect(isVirtualInterface('wg0')).toBe(true)
    // Internet Sharing and Thunderbolt bridges on macOS, a Linux bridge: real LANs.
    for (const name of ['bridge100', 'bridge0', 'br0', 'Local Area Connection* 12']) {
      expect(isVirtualInterface(name), name).toBe(false)
    }
  })
})

import os from 'node:os'
import { isIPv4 } from 'node:net'

/** What `os.networkInterfaces()` returns (injected in tests). */
export type NetworkInterfaces = ReturnType<typeof os.networkInterfaces>

/** An IPv4 address of this machine on a local network, where a room can be hosted. */
export interface LanAddress {
  address: string
  netmask: string
  /** The interface name, for logs and tie-breaking only; never advertised. */
  interface: string
}

/**
 * Interfaces that are not "the room": container and VM bridges, VPN tunnels, overlay networks,
 * Apple's peer-to-peer links. A room must not be offered to a VPN or a container network, and a
 * VPN's address must not be told to the people in the basement. Real bridges stay: macOS
 * Internet Sharing (`bridge100`) and Thunderbolt Bridge (`bridge0`), Linux `br0`.
 */
const VIRTUAL_NAME =
  /^(lo\d*$|docker|br-|veth|virbr|vboxnet|vmnet|vmenet|utun|tun|tap|wg|zt|tailscale|ppp|ipsec|gif|stf|llw|awdl|anpi|cni|flannel|cali|kube|lxc|lxd|podman|vEthernet)/i
const VIRTUAL_ANYWHERE =
  /virtualbox|vmware|hyper-v|zerotier|tailscale|wireguard|openvpn|nordlynx|vpn|loopback|pseudo/i

export const isVirtualInterface = (name: string): boolean =>
  VIRTUAL_NAME.test(name) || VIRTUAL_ANYWHERE.test(name)

const octets = (address: string): number[] => address.split('.').map(Number)

const toInt = (address: string): number => {
  const [a = 0, b = 0, c = 0, d = 0] = octets(address)
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0
}

/**
 * Private (RFC 1918) and link-local (RFC 3927, what laptops give themselves on a network
 * without DHCP) IPv4 addresses: where a room lives. Public, loopback, CGNAT (100.64/10, which
 * overlay VPNs use), multicast and unspecified addresses are not.
 */
export function isLanIPv4(address: string): boolean {
  if (!isIPv4(address)) return false
  const [a, b] = octets(address)
  return (
    a === 10 ||
    (a === 172 && b !== undefined && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  )
}

/** True when `address` is on the same IPv4 subnet as `lan`. */
export function inSubnet(address: string, lan: Pick<LanAddress, 'address' | 'netmask'>): boolean {
  if (!isIPv4(address) || !isIPv4(lan.netmask)) return false
  const mask = toInt(lan.netmask)
  return (toInt(address) & mask) >>> 0 === (toInt(lan.address) & mask) >>> 0
}

/**
 * The IPv4 addresses this machine has on local networks, from `os.networkInterfaces()`:
 * non-internal, private or link-local, not on a virtual interface. Sorted, one per address.
 */
export function lanAddresses(interfaces: NetworkInterfaces = os.networkInterfaces()): LanAddress[] {
  const found = new Map<string, LanAddress>()
  for (const [name, entries] of Object.entries(interfaces)) {
    if (!entries || isVirtualInterface(name)) continue
    for (const entry of entries) {
      // Node 18.0–18.3 reported the family as a number.
      const family = entry.family as string | number
      if (family !== 'IPv4' && family !== 4) continue
      if (entry.internal || !isLanIPv4(entry.address)) continue
      if (!found.has(entry.address)) {
        found.set(entry.address, {
          address: entry.address,
          netmask: entry.netmask,
          interface: name,
        })
      }
    }
  }
  return [...found.values()].sort((x, y) => toInt(x.address) - toInt(y.address))
}

/** A stable key for a set of LAN addresses, to notice network changes. */
export const addressKey = (addresses: readonly LanAddress[]): string =>
  addresses.map((a) => `${a.address}/${a.netmask}`).join(',')

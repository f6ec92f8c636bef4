package id.satuatap.notification;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether an address is on the public internet, after IANA's special-purpose address registries (RFC 6890 and
 * its updates). A webhook may only go to such an address: anything else (loopback, private, link-local, carrier-grade
 * NAT, unique-local, multicast, documentation, benchmarking, reserved) would let a registered URL make the server call
 * into its own or a neighbour's network. IPv6 is allowed only within global unicast 2000::/3; IPv4 addresses embedded
 * in IPv6 (mapped, NAT64, 6to4) are judged as the IPv4 address they reach.
 */
final class PublicAddresses {

    private record Block(byte[] prefix, int bits, String name) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0", 8, "this network"),
            block("10.0.0.0", 8, "private"),
            block("100.64.0.0", 10, "carrier-grade NAT"),
            block("127.0.0.0", 8, "loopback"),
            block("169.254.0.0", 16, "link-local"),
            block("172.16.0.0", 12, "private"),
            block("192.0.0.0", 24, "IETF protocol assignments"),
            block("192.0.2.0", 24, "documentation"),
            block("192.88.99.0", 24, "6to4 relay anycast"),
            block("192.168.0.0", 16, "private"),
            block("198.18.0.0", 15, "benchmarking"),
            block("198.51.100.0", 24, "documentation"),
            block("203.0.113.0", 24, "documentation"),
            block("224.0.0.0", 4, "multicast"),
            block("240.0.0.0", 4, "reserved"));

    private static final Block GLOBAL_UNICAST_V6 = block("2000::", 3, "global unicast");

    /** Inside 2000::/3 but not global. */
    private static final List<Block> IPV6_IN_GLOBAL_UNICAST = List.of(
            block("2001::", 23, "IETF protocol assignments (Teredo, benchmarking, ORCHID)"),
            block("2001:db8::", 32, "documentation"),
            block("3fff::", 20, "documentation"));

    /** Built from bytes: Java turns an IPv4-mapped literal into the IPv4 address itself. */
    private static final Block IPV4_MAPPED = new Block(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96, "IPv4-mapped");
    private static final Block NAT64 = block("64:ff9b::", 96, "NAT64");
    private static final Block SIX_TO_FOUR = block("2002::", 16, "6to4");

    private PublicAddresses() {
    }

    /** Why the address is not public, or empty when it is. */
    static Optional<String> whyNotPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().filter(b -> b.contains(bytes)).map(Block::name).findFirst();
        }
        if (IPV4_MAPPED.contains(bytes) || NAT64.contains(bytes)) {
            return embedded(bytes, 12, IPV4_MAPPED.contains(bytes) ? "IPv4-mapped " : "NAT64 ");
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded(bytes, 2, "6to4 ");
        }
        if (!GLOBAL_UNICAST_V6.contains(bytes)) {
            return Optional.of(ipv6Kind(bytes));
        }
        return IPV6_IN_GLOBAL_UNICAST.stream().filter(b -> b.contains(bytes)).map(Block::name).findFirst();
    }

    static boolean isPublic(InetAddress address) {
        return whyNotPublic(address).isEmpty();
    }

    private static Optional<String> embedded(byte[] bytes, int from, String form) {
        byte[] v4 = new byte[] {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]};
        return IPV4.stream().filter(b -> b.contains(v4)).map(b -> form + b.name()).findFirst();
    }

    /** A name for the IPv6 ranges outside global unicast, for the delivery log. */
    private static String ipv6Kind(byte[] bytes) {
        int first = bytes[0] & 0xff;
        if (first == 0xff) {
            return "multicast";
        }
        if (first == 0xfc || first == 0xfd) {
            return "unique-local";
        }
        if (first == 0xfe && (bytes[1] & 0xc0) == 0x80) {
            return "link-local";
        }
        if (first == 0xfe && (bytes[1] & 0xc0) == 0xc0) {
            return "site-local";
        }
        boolean zeroUpTo15 = true;
        for (int i = 0; i < 15; i++) {
            zeroUpTo15 &= bytes[i] == 0;
        }
        if (zeroUpTo15 && bytes[15] == 0) {
            return "unspecified";
        }
        if (zeroUpTo15 && bytes[15] == 1) {
            return "loopback";
        }
        return "not global unicast";
    }

    private static Block block(String prefix, int bits, String name) {
        try {
            // A literal, never a name: no lookup happens.
            return new Block(InetAddress.getByName(prefix).getAddress(), bits, name);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(prefix, e);
        }
    }
}

package id.satuatap.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook address filter on its own: every special-purpose range refused, ordinary internet addresses allowed. */
class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv4: this network, private, CGNAT, loopback, link-local, IETF, documentation, 6to4 relay, benchmarking,
            // multicast, reserved and broadcast; both ends of the larger ranges
            "0.0.0.0", "0.255.255.255", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254",
            "127.0.0.1", "127.255.255.254", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8",
            "192.0.0.170", "192.0.2.1", "192.88.99.1", "192.168.0.1", "192.168.255.255", "198.18.0.1",
            "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1",
            "255.255.255.255",
            // IPv6: unspecified, loopback, IPv4-compatible, unique-local, link-local, site-local, multicast,
            // discard-only, local-use NAT64, documentation (old and new), Teredo, benchmarking, ORCHID, SRv6
            "::", "::1", "::10.0.0.1", "::8.8.8.8", "fc00::1", "fd00::1", "fdff:ffff::1", "fe80::1", "febf::1",
            "fec0::1", "ff02::1", "ff0e::1", "100::1", "64:ff9b:1::a00:1", "2001:db8::1", "3fff::1",
            "2001::1", "2001:2::1", "2001:10::1", "2001:20::1", "5f00::1",
            // IPv4 inside IPv6: NAT64 and 6to4 of private and loopback addresses
            "64:ff9b::10.0.0.1", "64:ff9b::127.0.0.1", "64:ff9b::100.64.0.1", "64:ff9b::169.254.169.254",
            "2002:a00:1::1", "2002:7f00:1::1", "2002:c0a8:101::1"})
    void refuses(String address) throws Exception {
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255", "100.128.0.1", "172.15.255.255",
            "172.32.0.1", "192.0.1.1", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1",
            "223.255.255.255", "2a00:1450:4001:82a::200e", "2606:4700:4700::1111", "2001:4860:4860::8888",
            "2400:cb00::1", "64:ff9b::808:808", "2002:808:808::1"})
    void allowsTheInternet(String address) throws Exception {
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    /** Java turns an IPv4-mapped literal into the IPv4 address; an address built from its 16 bytes stays IPv6. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "100.64.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0"})
    void refusesIpv4MappedFormsOfPrivateAddresses(String v4) throws Exception {
        byte[] four = InetAddress.getByName(v4).getAddress();
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, four[0], four[1], four[2], four[3]};
        assertFalse(PublicAddresses.isPublic(Inet6Address.getByAddress(null, mapped, null)), "::ffff:" + v4);
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName("::ffff:" + v4)), "::ffff:" + v4 + " parsed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14"})
    void allowsIpv4MappedFormsOfPublicAddresses(String v4) throws Exception {
        byte[] four = InetAddress.getByName(v4).getAddress();
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, four[0], four[1], four[2], four[3]};
        assertTrue(PublicAddresses.isPublic(Inet6Address.getByAddress(null, mapped, null)), "::ffff:" + v4);
    }
}

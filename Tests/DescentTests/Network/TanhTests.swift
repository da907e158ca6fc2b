import Testing
@testable import Descent
import RealModule

/// The network's own tanh (`Tanh.swift`): its accuracy against exact values, its agreement
/// with the C library's, the special values, and that the layer functions give the scalar
/// function's bits.
@Suite struct TanhTests {
    /// (x, tanh x as a double-double hi + lo), computed with 160-bit arithmetic (mpmath) for
    /// magnitudes from 10⁻⁹ to 22, on both sides of the switch between the two formulas at
    /// 0.55, and for subnormal x.
    static let reference: [(x: Double, hi: Double, lo: Double)] = [
        (0x1.c22a598512211p-1, 0x1.697d298c4a31bp-1, -0x1.9b53e677807e5p-56),
        (0x1.6710022ae849ep-1, 0x1.35db442c6cb44p-1, -0x1.2eefca410e2d0p-55),
        (0x1.f45a703776a97p-3, 0x1.eaa1531a47610p-3, -0x1.4d9d405a9b70dp-61),
        (0x1.0f8e3742a0beep-21, 0x1.0f8e3742a0a57p-21, -0x1.a6cc165cea3f4p-75),
        (-0x1.b0067fa963763p-28, -0x1.b0067fa963763p-28, 0x1.9a2281d0a12b3p-84),
        (-0x1.897c613075864p+2, -0x1.fffecd728ea8bp-1, -0x1.6ec84fda75b92p-55),
        (-0x1.2425e86bd535bp-9, -0x1.2425c8b6fdfafp-9, 0x1.eb7ea69e502cep-63),
        (0x1.24a657f2c3547p-30, 0x1.24a657f2c3547p-30, -0x1.fdebee0944904p-92),
        (-0x1.4d723c652aa53p+1, -0x1.fa702b9285cdbp-1, 0x1.eb6a2d70201ecp-59),
        (0x1.ea3c0134037eep+3, 0x1.ffffffffffc87p-1, -0x1.6ddd2e1b6ab1cp-56),
        (-0x1.eac2e8e1f6ed1p-21, -0x1.eac2e8e1f656cp-21, -0x1.0027fb2d73dc2p-75),
        (-0x1.0a654c948bacbp-2, -0x1.048b5409288ffp-2, 0x1.2d2a7d6679c74p-56),
        (0x1.e913d337b8ddep-28, 0x1.e913d337b8ddep-28, -0x1.298295ee8f513p-83),
        (0x1.1e21f4b3b8217p-15, 0x1.1e21f4b1db85ep-15, 0x1.a943cfcf9bdb1p-72),
        (0x1.255149cdd7a47p-2, 0x1.1d8cd7c62ca11p-2, 0x1.983b0ccb83fe9p-56),
        (-0x1.1b25c4e7dec9cp-16, -0x1.1b25c4e76b53ap-16, 0x1.1f3652f1c7a0bp-70),
        (-0x1.dab25bb71d3b9p-13, -0x1.dab25b2f19569p-13, -0x1.3d99b756c0f64p-67),
        (0x1.16ee2c8552829p-26, 0x1.16ee2c8552829p-26, -0x1.b9840826449abp-80),
        (-0x1.0c988f8557ea4p-2, -0x1.0699d61b7675bp-2, -0x1.6353bd2658cffp-61),
        (-0x1.27a7a7b23236cp-13, -0x1.27a7a791558a5p-13, 0x1.fc4ed09f8727bp-69),
        (-0x1.8cecc0643cea0p-22, -0x1.8cecc0643cd62p-22, 0x1.2140fae6ae47cp-78),
        (-0x1.b9bff9b33749fp-4, -0x1.b80b8c2e40a67p-4, -0x1.47c88048bb5bfp-58),
        (-0x1.ad483bffdad48p+3, -0x1.fffffffff6341p-1, 0x1.3c78e4d4b9f8ep-55),
        (0x1.83972ebb8df55p-12, 0x1.83972d9366674p-12, -0x1.569ce39761b05p-66),
        (-0x1.589859e842525p-5, -0x1.58645b44c9a3dp-5, -0x1.918ba34b27f88p-60),
        (-0x1.2842255e1303dp+4, -0x1.fffffffffffffp-1, 0x1.f40aeb0580275p-55),
        (0x1.19a4f8498d059p-29, 0x1.19a4f8498d059p-29, -0x1.c68797f178ebap-89),
        (-0x1.9a99d9abc3663p-10, -0x1.9a99c3aa435dep-10, -0x1.46c469494b1c1p-64),
        (0x1.4317a081e82cdp+3, 0x1.ffffffe2d0090p-1, -0x1.8728989261a9ep-59),
        (0x1.18e87aa2d3be9p-26, 0x1.18e87aa2d3be9p-26, -0x1.c2f964cf95ccdp-80),
        (0x1.b3da5042863b3p-23, 0x1.b3da50428634ap-23, -0x1.21ce35ec4f446p-77),
        (-0x1.013237d31d0a8p-11, -0x1.01323678f91cap-11, 0x1.f2fe17e964a96p-68),
        (-0x1.e435ea7ab58f8p-6, -0x1.e411d6c689abbp-6, -0x1.5d956d87db06cp-60),
        (0x1.1121387625309p-11, 0x1.112136d79b174p-11, 0x1.183acc265a73dp-65),
        (0x1.e45ac4029613ap-12, 0x1.e45ac1c0a3547p-12, -0x1.b41bf0a1d4517p-66),
        (0x1.d4f8a25c55935p-29, 0x1.d4f8a25c55935p-29, -0x1.064e35f059fc1p-86),
        (0x1.6a16f1e5bd720p-5, 0x1.69daa07527526p-5, 0x1.c59c585142ea9p-59),
        (0x1.1661ad7121ecfp-19, 0x1.1661ad7120360p-19, 0x1.74eb4a1a62f46p-73),
        (-0x1.8ff7b434070a2p-28, -0x1.8ff7b434070a2p-28, 0x1.457114b3e3c2dp-84),
        (0x1.05d6cdd91f7d5p+3, 0x1.fffffac1ce10cp-1, -0x1.0caa1ca5eb14fp-55),
        (-0x1.b3977760318f2p-8, -0x1.b395d301f12b3p-8, 0x1.a21e5c70a15e3p-62),
        (-0x1.b219a2a8aa35fp-15, -0x1.b219a2a229ec2p-15, 0x1.405aa0ae26983p-70),
        (-0x1.3595f9c04487fp-5, -0x1.3570447d865c2p-5, 0x1.e72a5c5386a80p-59),
        (0x1.6f73b55cf4149p-14, 0x1.6f73b54d2e816p-14, 0x1.3697ef77a41fep-69),
        (0x1.4eeb6cadd40fbp-26, 0x1.4eeb6cadd40fap-26, 0x1.03aba8172eda1p-80),
        (0x1.d533efe2a80a9p-10, 0x1.d533cf0c723a7p-10, -0x1.b034a1c95c9dbp-64),
        (-0x1.b308700f65d40p-5, -0x1.b29fdd9c7036fp-5, 0x1.270065ac8324ep-60),
        (0x1.97125f6c9a0c9p-5, 0x1.96bcaf2493450p-5, -0x1.96603dec77469p-60),
        (0x1.09879af75fa6dp-11, 0x1.0987997a7c235p-11, 0x1.ce005b54eb171p-65),
        (0x1.00779671f081ep+2, 0x1.ffa95d11c71e8p-1, 0x1.6ba9abb35b3f1p-55),
        (0x1.827d9d17f3fe6p+2, 0x1.fffe828c107d3p-1, -0x1.ec5d35f07248bp-56),
        (-0x1.1e189433e47c1p+0, -0x1.9d0a53ebdec43p-1, -0x1.cbf99ec8b73c5p-55),
        (-0x1.d43f5ad8407bfp-18, -0x1.d43f5ad81fd8fp-18, -0x1.9d26ec67b18d2p-72),
        (-0x1.3bb0b3f5ef18ap-21, -0x1.3bb0b3f5eef0ap-21, 0x1.78361ee22d66cp-77),
        (0x1.3c544b17aa8b2p-12, 0x1.3c544a76ab644p-12, -0x1.be0b6776a1d29p-67),
        (-0x1.7f62045093426p-8, -0x1.7f60e5b47881fp-8, 0x1.b31424f941b18p-64),
        (0x1.8978b66355cc5p-25, 0x1.8978b66355cc0p-25, 0x1.451738fae2e52p-80),
        (-0x1.40788ddc3a8c2p-11, -0x1.40788b3e9d556p-11, -0x1.6e041efedb318p-65),
        (0x1.22b8e546c4c55p-15, 0x1.22b8e544d0dbdp-15, 0x1.ad10108d2ef26p-70),
        (0x1.1dfe9eb7c6599p-30, 0x1.1dfe9eb7c6599p-30, -0x1.dbeb11a133aa4p-92),
        (0x1.681c0773b2eb0p-16, 0x1.681c0772c5659p-16, -0x1.065c31bb0a308p-71),
        (-0x1.cada4964730ffp-17, -0x1.cada4963f8379p-17, 0x1.def2951d0b506p-71),
        (0x1.2664d990136d3p+3, 0x1.ffffff508b855p-1, 0x1.1ca7979bfa65dp-56),
        (-0x1.f769ea9f87764p-29, -0x1.f769ea9f87764p-29, 0x1.44727a66ec110p-86),
        (0x1.00cce0a1183d3p+2, 0x1.ffaa42b5832d8p-1, -0x1.5d56d1bba3c73p-55),
        (0x1.3d4611faa2ee6p+1, 0x1.f8d9b07f860acp-1, -0x1.581e267ea84e9p-56),
        (0x1.a2b94a0d77551p-10, 0x1.a2b932b6f8709p-10, -0x1.725695f8a68a1p-65),
        (-0x1.72fd5a832b553p-24, -0x1.72fd5a832b543p-24, 0x1.da8a695bbc8b9p-79),
        (0x1.38d92c37dc245p-3, 0x1.366ff9087f1adp-3, 0x1.7813af464d081p-57),
        (0x1.9244999bdc0cdp-25, 0x1.9244999bdc0c8p-25, -0x1.62dbb6ee5eba9p-80),
        (-0x1.15fa03bff0761p-19, -0x1.15fa03bfeec11p-19, 0x1.1f2caba106556p-76),
        (-0x1.ff93290d81606p-8, -0x1.ff90801a15b08p-8, 0x1.3fba8c11a264ep-62),
        (0x1.a373ebdac1918p-16, 0x1.a373ebd94a355p-16, -0x1.5badc62293111p-71),
        (0x1.eaa6d5aff9b72p-15, 0x1.eaa6d5a69693cp-15, 0x1.cdc082f0bf8b3p-69),
        (0x1.6e9f8f7aaf89bp-20, 0x1.6e9f8f7aae8f1p-20, -0x1.46b16697530d5p-74),
        (-0x1.4d9b12c0d45a0p-29, -0x1.4d9b12c0d45a0p-29, 0x1.79af49a3e13a4p-88),
        (0x1.696829dbf6ecfp-18, 0x1.696829dbe7eb6p-18, -0x1.911a80a1321e9p-76),
        (0x1.6ab9bbb8335b3p-2, 0x1.5c4778bda266fp-2, 0x1.6578b845fe4a4p-59),
        (-0x1.8a9fb97c40d17p-2, -0x1.782ed595efa2ep-2, -0x1.69aa6f9c1148ep-56),
        (0x1.d9a66063997a8p-28, 0x1.d9a66063997a8p-28, -0x1.0e3c186fdce20p-83),
        (-0x1.129e982f46b74p-11, -0x1.129e9689eaa6cp-11, -0x1.1380d2fb87c98p-65),
        (-0x1.32187e4bfdfaap-18, -0x1.32187e4bf4dcbp-18, 0x1.9a031fa7bc361p-74),
        (-0x1.c0b1d67f9ac28p-17, -0x1.c0b1d67f27e4dp-17, 0x1.d1473a911ea39p-72),
        (0x1.07d74794a6aabp+4, 0x1.fffffffffffaap-1, 0x1.8cd91b217ff35p-55),
        (0x1.df7d98c374be5p-3, 0x1.d6eadc9a25588p-3, 0x1.62578f8f724b2p-59),
        (-0x1.6f4d2d3fdaef8p-13, -0x1.6f4d2d00d8796p-13, -0x1.554f8a6756204p-67),
        (-0x1.73b7e26d54470p-13, -0x1.73b7e22c04e17p-13, 0x1.a2fb8a45a94f1p-67),
        (0x1.85f70c3c1883ep+1, 0x1.fdb15eadee04dp-1, -0x1.22099a2d55babp-55),
        (0x1.fcf147c1cb886p-18, 0x1.fcf147c1a1a04p-18, -0x1.c9fb3dd99c062p-72),
        (-0x1.f42b3fc5cd8dcp-4, -0x1.f1b298417f1c2p-4, -0x1.c72db06339dd7p-60),
        (0x1.199999999999ap-1, 0x1.00442f6419203p-1, -0x1.a6f0615dc969bp-56),
        (0x1.1999999999999p-1, 0x1.00442f6419202p-1, 0x1.688202141bf5ap-58),
        (0x1.199999999999bp-1, 0x1.00442f6419204p-1, -0x1.d400a1a04ce88p-55),
        (0x1.0000000000000p-1, 0x1.d9353d7568af3p-2, 0x1.944a3b887196cp-56),
        (0x1.0000000000000p-2, 0x1.f597ea69a1c86p-3, -0x1.d94e51c4f71acp-60),
        (0x1.0000000000000p+0, 0x1.85efab514f394p-1, 0x1.5618caf8a4f11p-55),
        (0x1.0000000000000p+1, 0x1.ed9505e1bc3d4p-1, -0x1.661de681e0bedp-56),
        (0x1.62eb1c432ca58p-2, 0x1.555b7cb87b1cap-2, 0x1.7217cc5f4f24cp-56),
        (0x1.3000000000000p+4, 0x1.fffffffffffffp-1, 0x1.bceea52a399fap-55),
        (0x1.5e66666666666p+4, 0x1.0000000000000p+0, -0x1.c0cf0ea5ded2dp-63),
        (0x1.56e1fc2f8f359p-997, 0x1.56e1fc2f8f359p-997, 0x0.0p+0),
        (0x0.03739a252b281p-1022, 0x0.03739a252b281p-1022, 0x0.0p+0),
        (0x1.031d62e77b409p-1, 0x1.de17e9f944511p-2, -0x1.4197f5fe62f7ep-56),
        (0x1.0931668b6a312p-1, 0x1.e78c0a7673e9bp-2, 0x1.40d72bf6fb010p-56),
        (0x1.267243faa1596p-1, 0x1.09c5e6085ab3bp-1, -0x1.78be559c173bap-55),
        (0x1.2e86926b14360p-1, 0x1.0fa07ecff4b06p-1, 0x1.a22ae8a7c3972p-55),
        (0x1.27b33a043bea6p-1, 0x1.0ab013eaf4167p-1, 0x1.4bfb21bb1d796p-55),
        (0x1.0e94ed7345085p-1, 0x1.efd6ed63f7a5fp-2, 0x1.57b6640c19dd6p-58),
        (0x1.196c4ab00f1cap-1, 0x1.002238bd66f5bp-1, -0x1.38529101284c2p-55),
        (0x1.0610ee6794279p-1, 0x1.e2b26cc385e16p-2, -0x1.24ac4fe9414a9p-57),
        (0x1.157c55c71db70p-1, 0x1.fa573a52e097ap-2, 0x1.51f48980d2e7dp-56),
        (0x1.0d33901c1fcbfp-1, 0x1.edb93278c3ec3p-2, -0x1.789e993f16ef7p-56),
        (0x1.019e6c73751fap-1, 0x1.dbc021c62c481p-2, 0x1.76ab57a1a11eep-58),
        (0x1.0ee8d25d31a54p-1, 0x1.f05755c102fa1p-2, 0x1.f6ea71ba01976p-56),
        (0x1.2f888d76072a1p-1, 0x1.1059ac49710b8p-1, -0x1.e6101dd0e6ef9p-56),
        (0x1.1b2c2be11a528p-1, 0x1.017170a91ca5cp-1, 0x1.058e4fc214decp-55),
        (0x1.0e0573ca50233p-1, 0x1.eefb2415a6113p-2, -0x1.07001dfc963ddp-56),
        (0x1.05d5cd4268e93p-1, 0x1.e2566c7e7f0acp-2, 0x1.a059cfeb9fdd3p-58),
        (0x1.2df7da6e63528p-1, 0x1.0f39e2d24f273p-1, 0x1.900aef1f65eb9p-55),
        (0x1.04af4b49f58bep-1, 0x1.e08b9c0bbd8dep-2, 0x1.22e1c3257e134p-56),
        (0x1.01f61d621da90p-1, 0x1.dc499d57c5418p-2, 0x1.67d4436a6dc3cp-56),
        (0x1.05bd92b43db86p-1, 0x1.e230b6e3766c8p-2, -0x1.7e8a2b909b889p-56),
        (0x1.a7e133be64f56p-2, 0x1.9138879dc9b98p-2, 0x1.fd3e561602fbcp-56),
        (0x1.070a1205eb52ep-1, 0x1.e435a3105cb01p-2, 0x1.610463f79cbb2p-60),
        (0x1.af218b231821ap-5, 0x1.aebbc20e890b8p-5, 0x1.491e0842dbf0cp-59),
        (0x1.67384a3317207p-2, 0x1.592cebf1a12aep-2, 0x1.1acc0d96219e9p-56),
        (0x1.6f367ce9bd272p-2, 0x1.603dd22dac539p-2, 0x1.47774cb895caep-56),
        (0x1.286ef2aceaae3p-2, 0x1.206bd96e004cdp-2, 0x1.509d7ee73f696p-60),
        (0x1.15eec66faa14dp-9, 0x1.15eeab22f452ep-9, -0x1.9ef1e4999476ep-63),
        (0x1.85e99b15d768fp-2, 0x1.7419bb5185b56p-2, -0x1.95e22a8312fa0p-58),
        (0x1.e47f100dae780p-3, 0x1.dba7e3a6fae6bp-3, -0x1.435deb12a85d3p-57),
        (0x1.065bb215d852dp-1, 0x1.e326b257cfaacp-2, -0x1.50836b48ea715p-56),
        (0x1.18ca077b3b97dp-1, 0x1.ff50fbcccd6adp-2, 0x1.7f8fd1d86a2dep-57),
        (0x1.66849b074191ep-2, 0x1.588d9e15c08cdp-2, 0x1.98147dc4b0854p-57),
        (0x1.0550d18d380e9p-4, 0x1.04f634b6735fdp-4, -0x1.5770d9bde6264p-58),
        (0x1.658311bd0520bp-3, 0x1.61ec96e6e26a4p-3, -0x1.2c770bc66a689p-60),
        (0x1.62adf200a5892p-2, 0x1.55251d6e18d24p-2, -0x1.9d31893600970p-56),
        (0x1.eaaa8428b43eep-2, 0x1.c844f28765bd4p-2, -0x1.8398654600189p-57),
        (0x1.da724c6215e35p-3, 0x1.d223259e70bf1p-3, 0x1.bd44971fdcffep-57),
        (0x1.968e37d0185a4p-3, 0x1.914c45e4f3519p-3, 0x1.27c8ee113ad05p-57),
        (0x1.55a879709975bp-2, 0x1.49852c9702b06p-2, -0x1.19b4f4a0a94b6p-56),
        (0x1.e199b23f23124p-2, 0x1.c0f99468c43a8p-2, 0x1.5277775be09f3p-56),
    ]

    @Test func withinOneAndAHalfUlpOfTheExactValue() {
        var worst = 0.0
        for (x, hi, lo) in Self.reference {
            let t = deterministicTanh(x)
            let error = ((t - hi) - lo) / hi.ulp      // t − hi is exact: the two are close
            worst = max(worst, abs(error))
            #expect(abs(error) <= 1.5, "tanh(\(x)) = \(t), off by \(error) ulp")
        }
        #expect(worst > 0.3, "the reference should catch some rounding (worst error \(worst) ulp)")
    }

    /// Within 2 units in the last place of glibc's tanh (itself within about 1 ulp) on a grid over
    /// [−25, 25] and on magnitudes from 10⁻³⁰⁰ to 10.
    @Test func agreesWithTheCLibrary() {
        func ulps(_ a: Double, _ b: Double) -> UInt64 {
            a.bitPattern > b.bitPattern ? a.bitPattern - b.bitPattern : b.bitPattern - a.bitPattern
        }
        var worst: UInt64 = 0
        for k in -250_000...250_000 {
            let x = Double(k) * 1e-4 + 0.3e-5
            worst = max(worst, ulps(deterministicTanh(x), Double.tanh(x)))
        }
        for e in stride(from: -300.0, through: 1, by: 0.01) {
            let x = Double.pow(10, e)
            worst = max(worst, ulps(deterministicTanh(x), Double.tanh(x)))
            worst = max(worst, ulps(deterministicTanh(-x), Double.tanh(-x)))
        }
        #expect(worst <= 2, "largest difference \(worst) ulp")
    }

    @Test func specialValues() {
        #expect(deterministicTanh(0).bitPattern == (0.0).bitPattern)
        #expect(deterministicTanh(-0.0).bitPattern == (-0.0).bitPattern)
        #expect(deterministicTanh(.infinity) == 1 && deterministicTanh(-.infinity) == -1)
        #expect(deterministicTanh(.nan).isNaN && deterministicTanh(-.nan).isNaN)
        for x in [Double.leastNonzeroMagnitude, 1e-310, Double.leastNormalMagnitude, 1e-200, 1e-9] {
            #expect(deterministicTanh(x) == x && deterministicTanh(-x) == -x, "tanh x = x for x = \(x)")
        }
        for x in [19.1, 22, 22.0.nextUp, 700, 1e300, .greatestFiniteMagnitude] {
            #expect(deterministicTanh(x) == 1 && deterministicTanh(-x) == -1, "tanh \(x) rounds to 1")
        }
    }

    /// Odd to the bit, never outside [−1, 1], and never decreasing: on a grid over [0, 23] and
    /// ulp by ulp across the switch between the formulas at 0.55.
    @Test func oddBoundedAndMonotone() {
        var previous = 0.0
        for k in 0...230_000 {
            let x = Double(k) * 1e-4
            let t = deterministicTanh(x)
            #expect(deterministicTanh(-x).bitPattern == (-t).bitPattern)
            #expect(t >= previous && t <= 1, "tanh(\(x)) = \(t) after \(previous)")
            previous = t
        }
        var x = 0.55, t = deterministicTanh(x)
        for _ in 0..<2000 { x = x.nextDown }
        previous = deterministicTanh(x)
        for _ in 0..<4000 {
            x = x.nextUp
            t = deterministicTanh(x)
            #expect(t >= previous, "tanh(\(x)) = \(t) after \(previous)")
            previous = t
        }
    }

    /// The layer functions (eight lanes at a time, then one by one) give each number the scalar
    /// function's bits, for every length of tail; on dual numbers the value is that tanh and the
    /// derivative (1 − t²)·x′, `Dual.tanh`'s formula.
    @Test func layerFunctionsGiveTheScalarBits() {
        var random = Random(seed: 5)
        for count in 0...19 {
            let x = (0..<count).map { _ in 3 * random.normal() }
            var z = x
            z.withUnsafeMutableBufferPointer { applyDeterministicTanh($0) }
            #expect(z.map(\.bitPattern) == x.map { deterministicTanh($0).bitPattern }, "length \(count)")
            let derivatives = (0..<count).map { _ in random.normal() }
            var duals = zip(x, derivatives).map { Dual($0, derivative: $1) }
            duals.withUnsafeMutableBufferPointer { applyDeterministicTanh($0) }
            for k in 0..<count {
                let t = deterministicTanh(x[k])
                #expect(duals[k].value.bitPattern == t.bitPattern)
                #expect(duals[k].derivative.bitPattern == ((1 - t * t) * derivatives[k]).bitPattern)
            }
        }
    }
}

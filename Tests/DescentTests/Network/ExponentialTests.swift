import Testing
@testable import Descent
import RealModule

/// The network's own eˣ and ln x (`Exponential.swift`): accuracy against exact values, agreement
/// with the C library's, special values, and that the layer functions give the scalar bits.
@Suite struct ExponentialTests {
    /// (x, eˣ as a double-double hi + lo), from 160-bit mpmath: the softmax's range [−30, 0],
    /// the whole range, near 0 and ±ln 2 / 2 (the reduction's edges), and subnormal results.
    static let exponentials: [(x: Double, hi: Double, lo: Double)] = [
        (-0x1.2974d67cf159cp+2, 0x1.3a04b3ff8f5bap-7, -0x1.8e59089a082a5p-61),
        (-0x1.92bba0660c7a0p+4, 0x1.9bea1e3413323p-37, 0x1.79ca5211ab391p-94),
        (-0x1.a890b335c8592p+3, 0x1.d04412e17ff70p-20, -0x1.d846b1c06d098p-75),
        (-0x1.2f525636726a9p+4, 0x1.91b24bc372667p-28, 0x1.02cdd39daf90ep-82),
        (-0x1.78d3ee77eece9p+4, 0x1.03eff39cf4f15p-34, 0x1.73fe2c4b25475p-88),
        (-0x1.26cdf13804fc1p+4, 0x1.5605672c432c2p-27, 0x1.40f168dd9225ep-81),
        (-0x1.127b257748abap+4, 0x1.30896bad2f20fp-25, -0x1.2f871142f6b74p-81),
        (-0x1.751c5151db6c4p+3, 0x1.21bc9bf7e5403p-17, 0x1.66a1588e33ddep-71),
        (-0x1.fa239deed12c0p+2, 0x1.817de1ad00e66p-12, -0x1.7da613b92742ap-66),
        (-0x1.d8a934fdc8069p+4, 0x1.4d59d955b12a5p-43, -0x1.34866c736a622p-97),
        (-0x1.660f73d7e7095p+4, 0x1.a400c3944e5e6p-33, 0x1.3bcbda0fa88ccp-88),
        (-0x1.7c051d6260970p+3, 0x1.d2f0d3a17c12ep-18, 0x1.420b99853143ep-72),
        (-0x1.b7ce6f5954eb8p+4, 0x1.44c9221649f62p-40, -0x1.e84e9785cc4ffp-95),
        (-0x1.12cc83efa2300p-4, 0x1.dec6ed244c197p-1, 0x1.c54b7301e7ed3p-56),
        (-0x1.41e53b9e60e50p+2, 0x1.acb1246dcfba3p-8, 0x1.451f78d816ef2p-68),
        (-0x1.ce58cc5cb90fcp+4, 0x1.3d906a5214570p-42, -0x1.0f6b7326064b0p-96),
        (-0x1.9f296a5f8f802p+3, 0x1.376d9366f66dfp-19, 0x1.827272a91b849p-74),
        (-0x1.770891633113ep+3, 0x1.10d6e7f4662c3p-17, -0x1.4f7d06f3fafb6p-72),
        (-0x1.dcacdca616469p+4, 0x1.0361e7e97e3c9p-43, 0x1.3981b8114ad1ep-98),
        (-0x1.8a0a2c6f50cd4p+4, 0x1.6299c2b224b52p-36, -0x1.85bfde10d5144p-91),
        (-0x1.90d65bc039b26p+4, 0x1.cfb9578eaff6cp-37, 0x1.65032974f84a0p-91),
        (-0x1.02429cb10b4b0p+4, 0x1.a3a93262810f2p-24, 0x1.b51a73f59e247p-78),
        (-0x1.9fad30f776712p+3, 0x1.32756090b9f41p-19, -0x1.e2a0f8e16b1c5p-73),
        (-0x1.07156502dc2bdp+4, 0x1.36704f592e321p-24, -0x1.94d5b918494acp-78),
        (-0x1.340fb7262ecc0p+1, 0x1.7116aac5e0252p-4, 0x1.3db70eeb35202p-59),
        (-0x1.6358742ed6338p+2, 0x1.fc6128e66d518p-9, -0x1.a29c9a2ca1bc0p-63),
        (-0x1.1f70b718db8d0p+4, 0x1.0ef6c536105a6p-26, 0x1.c2cea9ee1ad94p-80),
        (-0x1.7e7b82087c267p+4, 0x1.6d19fd5bf2081p-35, 0x1.b87cacc52f76bp-89),
        (-0x1.3400f5342a5f0p+4, 0x1.2bc8e42ae2055p-28, 0x1.3d94753ddf584p-83),
        (-0x1.08e489fb28520p+2, 0x1.05278388f918bp-6, -0x1.d22d946461fe3p-60),
        (-0x1.38918b6e5e836p+4, 0x1.c2bfefef04b0fp-29, -0x1.3c9c0a85e8a23p-85),
        (-0x1.1276cea913740p-2, 0x1.879ed9cc41e0ap-1, 0x1.649524d7d0180p-55),
        (-0x1.a0dca66692622p+3, 0x1.27505fa8901dap-19, -0x1.0235a72664154p-74),
        (-0x1.6e5061ad9bbb4p+4, 0x1.f57a0a268040fp-34, -0x1.9464d6415f6f9p-90),
        (-0x1.47a68ce1282b4p+3, 0x1.2bdb4909afa78p-15, -0x1.07e9bfa8fd20bp-69),
        (-0x1.462ebb9111064p+3, 0x1.39eeeb72bfe6cp-15, 0x1.ce7f92abb87adp-69),
        (-0x1.d1fa0af565f0bp+3, 0x1.fd195bf3ec08ap-22, 0x1.71298987df1c8p-76),
        (-0x1.5a090e3e96a2cp+4, 0x1.bd449c59df5acp-32, -0x1.b9cf4f5156fccp-86),
        (-0x1.63474dcf66e78p+3, 0x1.f9d7b02b5180bp-17, -0x1.6d1d8393c15a0p-72),
        (-0x1.f3fa102c2d7c1p+3, 0x1.5fe104c8d7e69p-23, 0x1.033d03271f516p-78),
        (0x1.9801326161540p+7, 0x1.3e0faba12b0f0p+294, -0x1.1869c7cbbdd00p+237),
        (0x1.5c4c2fb846d10p+5, 0x1.c11a697b2d4bcp+62, 0x1.26b13e46649f8p+7),
        (-0x1.1a6cc96220d78p+9, 0x1.113547b957562p-815, -0x1.ae223b81dfb96p-870),
        (0x1.1e902f6cd611ep+9, 0x1.cc6170ecb3271p+826, 0x1.7725a531c1af1p+770),
        (-0x1.65903c40780a4p+9, 0x0.004e40849327cp-1022, -0x0.0p+0),
        (-0x1.22f36d9bdebe4p+8, 0x1.2fb7fe746657cp-420, 0x1.3993988bd9de6p-475),
        (-0x1.ec6130fcc3fa4p+8, 0x1.90aeb188ece96p-711, -0x1.1a3fcc316f66fp-765),
        (-0x1.e895e8875cc98p+7, 0x1.7969f658cf3c1p-353, 0x1.a0ed4cbb01bfbp-410),
        (0x1.309e19ec7efd4p+7, 0x1.aa2067736ded5p+219, 0x1.aa6d4364b6182p+165),
        (0x1.bfadf30b0f8e0p+5, 0x1.a988174e836e8p+80, 0x1.63f7b2c690711p+26),
        (0x1.26c1f734e129cp+8, 0x1.2f79f8f49b9acp+425, -0x1.ae1dfbca1acc7p+369),
        (-0x1.05ea32aeb39d0p+5, 0x1.b3abce09059bfp-48, -0x1.ce137b54bff87p-103),
        (0x1.dbf6f08078378p+8, 0x1.97d12f00db006p+686, 0x1.04f7ac3fe63e6p+631),
        (-0x1.da6c2693744dcp+7, 0x1.b687b7ddf8bb1p-343, -0x1.5378308ba6602p-399),
        (0x1.9f66848f495f0p+5, 0x1.e1b5ecb3b6bbap+74, 0x1.c1593f674a4b9p+20),
        (-0x1.62ba295c23980p+3, 0x1.015111c1d77adp-16, -0x1.a164ec02fb37ep-70),
        (-0x1.621095452ada8p+9, 0x1.4e4cf4a5aa64dp-1022, -0x0.0p+0),
        (-0x1.9a92084d0d738p+8, 0x1.97e5ce3843a08p-593, 0x1.e7e85cbc487aap-648),
        (-0x1.358ec1f446c08p+9, 0x1.bf6785d87f14ap-894, 0x1.b529f82a26bedp-949),
        (-0x1.7c74953d2582fp+8, 0x1.15fce3024863ep-549, 0x1.f5a01d04419edp-603),
        (-0x1.6d3d8525c976fp+9, 0x0.0000000119efap-1022, -0x0.0p+0),
        (-0x1.3c50636878b67p+8, 0x1.93321b0380e47p-457, -0x1.506b0dff50acfp-511),
        (-0x1.8f7741387eb9cp+7, 0x1.cc42bfeaad91ap-289, 0x1.53d8f04150ab6p-343),
        (0x1.8551f41d52c28p+7, 0x1.c8b3def5e9d0bp+280, 0x1.57e8797e5c20ep+226),
        (0x1.df2d1f8d52dd0p+8, 0x1.3c50a0215b411p+691, 0x1.a95d5cb86c854p+637),
        (-0x1.173bcdbaeffacp+7, 0x1.7d7f535b77816p-202, 0x1.2d72e7d03c21fp-257),
        (0x1.59859c3157d20p+7, 0x1.2e9f684bfe992p+249, 0x1.607348aac323ep+195),
        (0x1.61f31c281c1c0p+3, 0x1.f126f79b3feaep+15, -0x1.06d82826b62b8p-39),
        (-0x1.96996f0ef121cp+8, 0x1.520f33aba71e1p-587, 0x1.d696d5c2a7b08p-641),
        (-0x1.c48da504bcf5cp+8, 0x1.130f359ddbf62p-653, 0x1.6fb1a6b176b95p-708),
        (-0x1.38b0b951f3110p-5, 0x1.ecd33c2a25b2dp-1, -0x1.702208f46e6cap-57),
        (0x1.e248fa44f76bcp-3, 0x1.43f9c0d87711dp+0, -0x1.f6bdb57d3ab5bp-54),
        (0x1.31a6bd253b818p-4, 0x1.13d5831676e67p+0, -0x1.5b2ca1948ec39p-55),
        (0x1.4691baf683ae0p-3, 0x1.2c41824214ea1p+0, -0x1.36142654b66b6p-55),
        (0x1.79330ca7a5914p-3, 0x1.33c5714bf9b1ep+0, -0x1.087df0f4a0278p-55),
        (0x1.8d5cb3029d594p-4, 0x1.1a1467a20e5d2p+0, -0x1.28910bc17dc4cp-55),
        (-0x1.a2f5010e9319ap-3, 0x1.a1477f73cac87p-1, 0x1.4753ecc8dea3cp-58),
        (-0x1.7e0d3e9292d98p-5, 0x1.e8ab863f40eb2p-1, -0x1.a8c1ecfa63d0ep-55),
        (0x1.65fad6d7333a0p-7, 0x1.02cfe280b274bp+0, 0x1.3262ea295a27fp-56),
        (-0x1.907f2e48f125ap-2, 0x1.5a44bc0860a33p-1, 0x1.40416337c687ap-57),
        (-0x1.4f0b9ac5c9240p-3, 0x1.b2bb3a45c07bdp-1, 0x1.20d2000a5b17cp-57),
        (-0x1.cd26509f2dc88p-4, 0x1.c97b97d6a7775p-1, -0x1.9e99fc057e1e6p-56),
        (-0x1.9121115f50b35p-2, 0x1.5a0e02430c1acp-1, 0x1.1d76fdd634464p-55),
        (0x1.976b983e3dce8p-5, 0x1.0d0dc5f6c82e8p+0, -0x1.1f414db5bf73ep-54),
        (0x1.407cec776e840p-5, 0x1.0a36b789ebea7p+0, 0x1.d97cea9b065b5p-55),
        (-0x1.7480000000000p+9, 0x0.0000000000001p-1022, -0x0.0p+0),
        (-0x1.7440000000000p+9, 0x0.0000000000001p-1022, -0x0.0p+0),
        (-0x1.6240000000000p+9, 0x0.e6cf6d08897acp-1022, -0x0.0p+0),
        (0x1.62d999999999ap+9, 0x1.d75ae7a50ee14p+1023, -0x1.a7242fe782b54p+968),
        (0x1.b7cdfd9d7bdbbp-34, 0x1.000000006df38p+0, -0x1.3112d8e5e6d4cp-57),
        (-0x1.56e1fc2f8f359p-997, 0x1.0000000000000p+0, 0x0.0p+0),
        (0x1.62e42fefa39efp-2, 0x1.6a09e667f3bccp+0, 0x1.f68d3de197eeap-54),
        (-0x1.62e42fefa39efp-2, 0x1.6a09e667f3bcdp-1, -0x1.7233c057e4796p-55),
    ]

    /// (x, ln x as a double-double), from 160-bit mpmath: the softmax's sums [1, 10], the whole
    /// range, both sides of 1 and of √2, subnormal x.
    static let logarithms: [(x: Double, hi: Double, lo: Double)] = [
        (0x1.ce2b9143a8efap+0, 0x1.2e77897b70f3ap-1, -0x1.6dc49c406fed0p-55),
        (0x1.9f1d5bd299cc8p+1, 0x1.2d30b6b11883dp+0, 0x1.b9dad9be81bc2p-54),
        (0x1.246f2f242defbp+3, 0x1.1b335629cdf34p+1, 0x1.b93cacd94c577p-55),
        (0x1.3c709864eac06p+2, 0x1.9926e9b8b89b0p+0, -0x1.3a7837ac2db8bp-55),
        (0x1.ac0b04aa627b9p+1, 0x1.350aa1e389416p+0, 0x1.1f7d9db4e35c8p-55),
        (0x1.1874096e97c34p+3, 0x1.15d88ddeaa5dap+1, -0x1.26bff0ddc1046p-53),
        (0x1.4677819916a53p+2, 0x1.a12352c3bbb8fp+0, 0x1.51806582b5ed0p-56),
        (0x1.a83364ac52d4ap+2, 0x1.e42dcae261f60p+0, -0x1.fcc8982c76c46p-60),
        (0x1.244f1f3609928p+3, 0x1.1b254cbd94c44p+1, 0x1.984c498e58887p-53),
        (0x1.79e835a9b350fp+2, 0x1.c6988cde71fedp+0, 0x1.b2b41bc2c7bb7p-54),
        (0x1.35742f990e8e3p+1, 0x1.c3fb9230279d0p-1, -0x1.521fb5583fca1p-55),
        (0x1.db38f085d3216p+2, 0x1.00a08f099588ep+1, 0x1.acf649769ad40p-55),
        (0x1.2d6d1b9e4e7f9p+3, 0x1.1f13b866596d8p+1, 0x1.f26dbc1301a8ep-58),
        (0x1.30f4a9493edb1p+2, 0x1.8fb045e6ecb40p+0, 0x1.918b59adf9ca1p-55),
        (0x1.bd29f4d4092c7p+2, 0x1.f086f776a43cap+0, 0x1.9c7483e985aa3p-54),
        (0x1.1bca20cb53e7cp+3, 0x1.175c1081d8e05p+1, 0x1.c0e15f2a2a6bap-53),
        (0x1.33dc1e6a73987p+1, 0x1.c156aaf350e4ep-1, 0x1.59e507c767ddbp-56),
        (0x1.01593d54127f4p+3, 0x1.0ad74ea06999dp+1, -0x1.6987f4e8c6187p-53),
        (0x1.50ef0bc51e24ap+2, 0x1.a937834c80590p+0, -0x1.846afeed4c630p-54),
        (0x1.7e4a7c301cb86p+2, 0x1.c98c6bc51ef40p+0, 0x1.0fea0b7065997p-57),
        (0x1.2a2f338222c8ap+3, 0x1.1db164b44d819p+1, -0x1.ba0cf6a4f05b8p-53),
        (0x1.0a3037a45ee08p+3, 0x1.0f29f794579a7p+1, -0x1.1ad22a9e14865p-53),
        (0x1.1a4a7bc2e7f44p+1, 0x1.94f1e53e83263p-1, 0x1.071adf0475d0ep-56),
        (0x1.2ee7b78a76eefp+2, 0x1.8df61c9fb6575p+0, -0x1.ce5664a6eb2c8p-54),
        (0x1.c53faaef3d3ffp+2, 0x1.f52283c357720p+0, -0x1.f4958ce9385acp-57),
        (0x1.09c691506298ap+3, 0x1.0ef71febf997fp+1, 0x1.82e0b97e4bbe4p-55),
        (0x1.3926779f615cep+1, 0x1.ca0ff15e4533fp-1, -0x1.5383f83167f8ep-59),
        (0x1.d3ec4bc06c603p+2, 0x1.fd4aad633a5b5p+0, -0x1.a1b464a1249edp-54),
        (0x1.6ae5c05912c47p+2, 0x1.bc388222b7f9ep+0, -0x1.d142c8086c368p-54),
        (0x1.b32790ac6d750p+0, 0x1.0fa0d13c5cae0p-1, -0x1.4a0b889d8a0cbp-55),
        (0x1.6b3511766ad65p+2, 0x1.bc706fee4b8dfp+0, -0x1.dcfbca8727c24p-54),
        (0x1.42828ffb502d8p+2, 0x1.9e042adb15fd1p+0, -0x1.4c5ab57be8252p-54),
        (0x1.3fa8cbc00f1bep+2, 0x1.9bbe52954ee67p+0, 0x1.d6f094d1cebfep-54),
        (0x1.b43769cf85a54p+1, 0x1.39e23c20a1ff4p+0, -0x1.9897a31e82b3dp-54),
        (0x1.125c94f055630p+2, 0x1.749fd835d2cabp+0, 0x1.d5c3b11cab262p-54),
        (0x1.f6d73ab8a9b2bp+2, 0x1.07dba422357f1p+1, 0x1.1cef8802765c7p-53),
        (0x1.05280130b586dp+2, 0x1.67ff12fea8a3bp+0, -0x1.fccb112356289p-54),
        (0x1.1758945887362p+3, 0x1.1556ed52516a3p+1, 0x1.20bedf66d51b4p-53),
        (0x1.d4635c02d9cdfp+2, 0x1.fd8bc8cf89ccbp+0, 0x1.b2b4a139176fbp-54),
        (0x1.f15f3d49d6077p+2, 0x1.067550fe799f0p+1, 0x1.8785f92202015p-53),
        (0x1.1920c94d6c9eep-226, -0x1.391d81ab0cea0p+7, -0x1.f3ac13ee8346bp-57),
        (0x1.64dc7a300d5e8p-707, -0x1.e9b90f20abd38p+8, -0x1.2ea19f3fb6787p-55),
        (0x0.00000062aebc7p-1022, -0x1.6afe1bb0c63ebp+9, 0x1.119d8775b4a05p-48),
        (0x1.3ea05ed214c66p-217, -0x1.2c6360947ee28p+7, 0x1.936adc3fb0463p-55),
        (0x1.dc8403d1a691dp-95, -0x1.04e91f6e4b988p+6, -0x1.3fefca184eca4p-54),
        (0x1.510186442d12bp-263, -0x1.6c0baa84d687cp+7, -0x1.a00eae3f98001p-54),
        (0x1.7be8718655c5bp-852, -0x1.271554a9bb410p+9, 0x1.e988240dad3e6p-55),
        (0x1.235cdef43437dp-977, -0x1.5289a6d41e401p+9, 0x1.7076276c24bc9p-55),
        (0x1.07ef76a70a11cp+767, 0x1.09d653365818ep+9, -0x1.ada7929e0ffc2p-57),
        (0x1.647ec01ffba2dp-251, -0x1.5b4c2f69309e0p+7, 0x1.8d0fee23ce50cp-55),
        (0x1.13956d800327cp+746, 0x1.0294ac61918fap+9, 0x1.fe2043c4732fbp-60),
        (0x1.8d64965dbd77fp+673, 0x1.d2ed8456d1e3cp+8, 0x1.31e4b08e1dd55p-54),
        (0x1.9cb323637ab3ep+133, 0x1.72aa1ad10bbe0p+6, 0x1.f49495afaa9edp-58),
        (0x1.0a3b3b679b174p+739, 0x1.002331b7a0f1cp+9, -0x1.288b710980488p-54),
        (0x1.25478f85054f6p+922, 0x1.3f9bdbee09952p+9, 0x1.14aab489a3134p-58),
        (0x1.2ae317d7195e8p+264, 0x1.6e4a9ef7a7494p+7, -0x1.56687e129bbcfp-54),
        (0x0.000000000133ep-1022, -0x1.6ff8097b2eb7fp+9, -0x1.662e30492fab3p-45),
        (0x1.434cc7e24f47ap+272, 0x1.7989f387fc23cp+7, -0x1.d8b84c1294a09p-55),
        (0x1.a2205aece83eap-37, -0x1.927e516dff9c0p+4, -0x1.67bc817f8efedp-56),
        (0x1.4b5602965d245p+585, 0x1.95bfc223a5dc0p+8, 0x1.02a4a9d9f3027p-54),
        (0x1.1cc61d2af007dp-317, -0x1.b73e05d3de314p+7, 0x1.11ed1759e3216p-54),
        (0x1.05d525f8de127p+382, 0x1.08ce042851cd4p+8, 0x1.22c6b694dba0ap-56),
        (0x1.8fccec03dc8f1p-305, -0x1.a5ed9ec3b4d58p+7, -0x1.1ec025bc85972p-54),
        (0x1.2ff0d97ed3630p+153, 0x1.a8e487c6417b8p+6, -0x1.502d4ee277057p-57),
        (0x1.8d9a5f2c4531ap-124, -0x1.560a3690d5a88p+6, -0x1.cacdaff878457p-55),
        (0x1.f4f6b3a12484cp-628, -0x1.b2a004ccb16f4p+8, -0x1.611de79ea887cp-57),
        (0x1.00c7252ec5209p-398, -0x1.13de9a6b66c13p+8, -0x1.c805050192166p-54),
        (0x1.b4b9efabd3b0dp-935, -0x1.43c77c6c00363p+9, 0x1.b4f610dc22038p-55),
        (0x1.2118fe21937bcp+236, 0x1.47689cd799e48p+7, 0x1.466c222a66b7bp-54),
        (0x1.8ddf4ffc2fea2p+797, 0x1.14708b7aeca02p+9, -0x1.386fc417aba1cp-54),
        (0x1.0000000001000p+0, 0x1.ffffffffff000p-41, 0x1.5555555554555p-122),
        (0x1.fffffffffe000p-1, -0x1.0000000000800p-40, -0x1.5555555556555p-122),
        (0x1.6a09e667f3bcdp-1, -0x1.62e42fefa39eep-2, 0x1.716fdfdbc882ep-60),
        (0x1.6a09e667f3bcdp+0, 0x1.62e42fefa39f0p-2, 0x1.c2e0e1b1548c2p-56),
        (0x0.0000000000001p-1022, -0x1.74385446d71c3p+9, -0x1.8e569fa8ee781p-45),
        (0x0.012688b70e62bp-1022, -0x1.64e69394d9508p+9, -0x1.35918fe61c196p-47),
        (0x1.0000000000000p+1, 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56),
        (0x1.fffffffffffffp+1023, 0x1.62e42fefa39efp+9, 0x1.a9c9e3b39803fp-46),
    ]

    @Test func withinOneUlpOfTheExactValues() {
        for (x, hi, lo) in Self.exponentials {
            let e = deterministicExp(x), error = ((e - hi) - lo) / hi.ulp
            #expect(abs(error) <= 1, "exp(\(x)) = \(e), off by \(error) ulp")
        }
        for (x, hi, lo) in Self.logarithms {
            let l = deterministicLog(x), error = ((l - hi) - lo) / hi.ulp
            #expect(abs(error) <= 1, "log(\(x)) = \(l), off by \(error) ulp")
        }
    }

    /// Within 1 ulp of glibc's exp and log (both within about half an ulp) on grids.
    @Test func agreesWithTheCLibrary() {
        func ulps(_ a: Double, _ b: Double) -> UInt64 {
            a.bitPattern > b.bitPattern ? a.bitPattern - b.bitPattern : b.bitPattern - a.bitPattern
        }
        var worstExp: UInt64 = 0, worstLog: UInt64 = 0
        for k in -300_000...100_000 {
            let x = Double(k) * 1e-4 + 0.7e-5                     // [−30, 10]
            worstExp = max(worstExp, ulps(deterministicExp(x), Double.exp(x)))
        }
        for k in 0...200_000 {
            let x = 1 + Double(k) * 5e-5 + 0.3e-6                  // [1, 11]
            worstLog = max(worstLog, ulps(deterministicLog(x), Double.log(x)))
            let y = Double.pow(10, Double(k) * 3e-3 - 300)         // 10⁻³⁰⁰ … 10³⁰⁰
            worstLog = max(worstLog, ulps(deterministicLog(y), Double.log(y)))
        }
        #expect(worstExp <= 1 && worstLog <= 1, "largest differences \(worstExp) and \(worstLog) ulp")
    }

    @Test func specialValues() {
        #expect(deterministicExp(0) == 1 && deterministicExp(-0.0) == 1)
        #expect(deterministicExp(-.infinity) == 0 && deterministicExp(.infinity) == .infinity)
        #expect(deterministicExp(-746) == 0 && deterministicExp(-1e300) == 0)
        #expect(deterministicExp(710) == .infinity && deterministicExp(1e300) == .infinity)
        #expect(deterministicExp(.nan).isNaN && deterministicExp(-.nan).isNaN)
        #expect(deterministicExp(-Double.infinity + .infinity).isNaN, "the NaN of ∞ − ∞ (sign bit set on x86) stays NaN")
        #expect(deterministicExp(709.78).isFinite && deterministicExp(709.79) == .infinity)
        #expect(deterministicExp(-745.1) == .leastNonzeroMagnitude)
        #expect(deterministicLog(1) == 0 && deterministicLog(0) == -.infinity && deterministicLog(-0.0) == -.infinity)
        #expect(deterministicLog(.infinity) == .infinity && deterministicLog(-1).isNaN && deterministicLog(.nan).isNaN)
        #expect(deterministicLog(-.infinity).isNaN)
    }

    /// The layer functions give every number the scalar function's bits, for every length of
    /// tail; on dual numbers the derivative is eˣ·x′, `Dual.exp`'s formula.
    @Test func layerFunctionsGiveTheScalarBits() {
        var random = Random(seed: 6)
        for count in 0...19 {
            let x = (0..<count).map { _ in 10 * random.normal() }
            var z = x
            z.withUnsafeMutableBufferPointer { applyDeterministicExp($0) }
            #expect(z.map(\.bitPattern) == x.map { deterministicExp($0).bitPattern }, "length \(count)")
            let derivatives = (0..<count).map { _ in random.normal() }
            var duals = zip(x, derivatives).map { Dual($0, derivative: $1) }
            duals.withUnsafeMutableBufferPointer { applyDeterministicExp($0) }
            for k in 0..<count {
                let e = deterministicExp(x[k])
                #expect(duals[k].value.bitPattern == e.bitPattern && duals[k].derivative.bitPattern == (e * derivatives[k]).bitPattern)
            }
        }
    }
}

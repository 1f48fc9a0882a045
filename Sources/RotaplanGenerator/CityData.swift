import RotaplanDomain

/// A district or county of a city: where its schools are placed and what its towns are
/// called. Coordinates are the approximate seat of the district government.
struct DistrictInfo: Sendable {
    let name: String
    /// Short form used in branch-school names (岳麓, 星沙, 西海岸, …).
    let short: String
    let lat: Double
    let lon: Double
    /// Schools are placed within this many km of the seat (rural ones towards the edge).
    let radiusKm: Double
    /// County or outer district: most of its member schools are rural.
    let outer: Bool
    /// Towns and townships (镇/乡/街道) for rural school names; empty = no rural schools.
    let towns: [String]
    /// Relative number of schools.
    let weight: Double
}

/// A school that really exists and anchors a group (its data are generated).
struct AnchorSchool: Sendable {
    let name: String
    /// For branch names: 长郡, 雅礼, 育新学校, …
    let brand: String
    let stage: Stage
    let district: Int
}

struct CityInfo: Sendable {
    let cityName: String
    /// Prefix of generated urban names (漯河市, 郑州市, …).
    let prefix: String
    let lat: Double
    let lon: Double
    /// cos(latitude of the centre), a constant so that distances need no libm.
    let cosLat: Double
    let districts: [DistrictInfo]
    let roads: [String]
    /// Village-name endings typical of the region (庄/楼/寨 in Henan, 冲/塘 in Hunan, …).
    let villageEndings: [String]
    let anchors: [AnchorSchool]
    /// Lesson length in minutes.
    let periodMinutes: Int
    /// Afternoon start (minutes after midnight).
    let afternoonStart: Int

    func district(named name: String) -> Int { districts.firstIndex { $0.name == name }! }
}

enum CityData {
    static func city(_ p: GeneratorProfile) -> CityInfo {
        switch p {
        case .luohe: return luohe
        case .changsha: return changsha
        case .zhengzhou: return zhengzhou
        case .qingdao: return qingdao
        case .nanchang: return nanchang
        }
    }

    static let northernVillages = ["庄", "楼", "寨", "营", "店", "岗", "集", "湾", "桥", "庙"]

    // MARK: Luohe 漯河 (33.58N 114.02E)

    static let luohe = CityInfo(
        cityName: "漯河市", prefix: "漯河市", lat: 33.58, lon: 114.02, cosLat: 0.833114,
        districts: [
            DistrictInfo(name: "源汇区", short: "源汇", lat: 33.565, lon: 114.006, radiusKm: 9, outer: false,
                         towns: ["阴阳赵镇", "空冢郭镇", "问十乡", "大刘镇"], weight: 2),
            DistrictInfo(name: "郾城区", short: "郾城", lat: 33.588, lon: 113.990, radiusKm: 10, outer: false,
                         towns: ["商桥镇", "裴城镇", "新店镇", "龙城镇", "李集镇", "黑龙潭镇", "孟庙镇"], weight: 2),
            DistrictInfo(name: "召陵区", short: "召陵", lat: 33.586, lon: 114.093, radiusKm: 10, outer: false,
                         towns: ["召陵镇", "邓襄镇", "万金镇", "老窝镇", "姬石镇", "青年镇"], weight: 1.5),
            DistrictInfo(name: "舞阳县", short: "舞阳", lat: 33.437, lon: 113.598, radiusKm: 14, outer: true,
                         towns: ["北舞渡镇", "吴城镇", "莲花镇", "辛安镇", "孟寨镇", "太尉镇", "侯集镇", "保和乡", "马村乡",
                                 "章化乡", "姜店乡", "九街镇", "文峰乡"], weight: 2),
            DistrictInfo(name: "临颍县", short: "临颍", lat: 33.806, lon: 113.931, radiusKm: 14, outer: true,
                         towns: ["繁城镇", "杜曲镇", "王岗镇", "台陈镇", "巨陵镇", "瓦店镇", "三家店镇", "窝城镇", "大郭镇",
                                 "陈庄乡", "石桥乡", "固厢乡", "皇帝庙乡", "王孟镇"], weight: 2.5),
        ],
        roads: ["五一路", "交通路", "人民路", "黄河路", "嵩山路", "泰山路", "太行山路", "长江路", "淮河路", "湘江路", "漓江路",
                "辽河路", "海河路", "牡丹江路", "黄山路", "衡山路", "华山路", "天山路", "受降路", "许慎路", "龙江路", "滨河路",
                "文化路", "柳江路", "祁山路", "燕山路", "金江路", "解放路", "建设路", "银鸽路"],
        villageEndings: northernVillages,
        anchors: [
            AnchorSchool(name: "舞阳县实验小学", brand: "舞阳县实验小学", stage: .primary, district: 3),
            AnchorSchool(name: "漯河市实验小学", brand: "漯河市实验小学", stage: .primary, district: 0),
            AnchorSchool(name: "临颍县第一初级中学", brand: "临颍县一中", stage: .junior, district: 4),
            AnchorSchool(name: "漯河市第二实验小学", brand: "漯河市二实小", stage: .primary, district: 1),
            AnchorSchool(name: "漯河市第三实验中学", brand: "漯河市三实中", stage: .junior, district: 2),
            AnchorSchool(name: "舞阳县第一初级中学", brand: "舞阳县一中", stage: .junior, district: 3),
            AnchorSchool(name: "临颍县实验小学", brand: "临颍县实验小学", stage: .primary, district: 4),
            AnchorSchool(name: "漯河市育才小学", brand: "漯河市育才小学", stage: .primary, district: 0),
        ],
        periodMinutes: 40, afternoonStart: 14 * 60 + 30)

    // MARK: Changsha 长沙 (28.23N 112.94E)

    static let changsha = CityInfo(
        cityName: "长沙市", prefix: "长沙市", lat: 28.23, lon: 112.94, cosLat: 0.881056,
        districts: [
            DistrictInfo(name: "芙蓉区", short: "芙蓉", lat: 28.193, lon: 113.032, radiusKm: 4, outer: false, towns: [], weight: 1),
            DistrictInfo(name: "天心区", short: "天心", lat: 28.114, lon: 112.990, radiusKm: 5, outer: false, towns: ["暮云街道"], weight: 1),
            DistrictInfo(name: "岳麓区", short: "岳麓", lat: 28.235, lon: 112.931, radiusKm: 7, outer: false,
                         towns: ["莲花镇", "雨敞坪镇"], weight: 1.2),
            DistrictInfo(name: "开福区", short: "开福", lat: 28.256, lon: 112.986, radiusKm: 5, outer: false,
                         towns: ["捞刀河街道", "青竹湖街道"], weight: 1),
            DistrictInfo(name: "雨花区", short: "雨花", lat: 28.135, lon: 113.036, radiusKm: 5, outer: false, towns: ["跳马镇"], weight: 1.1),
            DistrictInfo(name: "望城区", short: "望城", lat: 28.347, lon: 112.819, radiusKm: 12, outer: true,
                         towns: ["乔口镇", "靖港镇", "新康乡", "茶亭镇", "白箬铺镇", "桥驿镇"], weight: 1),
            DistrictInfo(name: "长沙县", short: "星沙", lat: 28.246, lon: 113.081, radiusKm: 14, outer: true,
                         towns: ["黄花镇", "春华镇", "福临镇", "北山镇", "开慧镇", "金井镇", "高桥镇", "路口镇", "果园镇", "青山铺镇"], weight: 1.2),
            DistrictInfo(name: "浏阳市", short: "浏阳", lat: 28.163, lon: 113.643, radiusKm: 16, outer: true,
                         towns: ["永安镇", "大瑶镇", "官渡镇", "沙市镇", "古港镇", "社港镇", "文家市镇", "澄潭江镇", "张坊镇", "达浒镇",
                                 "镇头镇", "普迹镇", "柏加镇"], weight: 1.3),
            DistrictInfo(name: "宁乡市", short: "宁乡", lat: 28.278, lon: 112.552, radiusKm: 16, outer: true,
                         towns: ["花明楼镇", "灰汤镇", "双凫铺镇", "道林镇", "大成桥镇", "煤炭坝镇", "喻家坳乡", "流沙河镇", "黄材镇",
                                 "双江口镇", "回龙铺镇"], weight: 1.2),
        ],
        roads: ["东塘", "砂子塘", "井湾子", "红星", "圭塘", "高桥", "马王堆", "德雅路", "伍家岭", "清水塘", "望月湖", "桃子湖",
                "金盆岭", "南湖路", "仰天湖", "白沙井", "梅溪湖", "洋湖", "湘府", "月湖", "四方坪", "新河", "东风路", "韶山路",
                "芙蓉路", "五一路", "劳动路", "书院路", "麓山南路", "枫林路", "桐梓坡", "岳华路", "大托", "黎托", "洪山", "浏阳河"],
        villageEndings: ["冲", "塘", "湾", "坪", "桥", "村", "家", "山", "垅", "岭"],
        anchors: [
            AnchorSchool(name: "长郡中学", brand: "长郡", stage: .senior, district: 1),
            AnchorSchool(name: "雅礼中学", brand: "雅礼", stage: .senior, district: 1),
            AnchorSchool(name: "湖南师大附中", brand: "师大附中", stage: .senior, district: 2),
            AnchorSchool(name: "长沙市第一中学", brand: "长沙市一中", stage: .senior, district: 3),
            AnchorSchool(name: "周南中学", brand: "周南", stage: .junior, district: 3),
            AnchorSchool(name: "明德中学", brand: "明德", stage: .junior, district: 0),
            AnchorSchool(name: "砂子塘小学", brand: "砂子塘", stage: .primary, district: 4),
            AnchorSchool(name: "博才实验中学", brand: "博才", stage: .junior, district: 2),
            AnchorSchool(name: "麓山国际实验学校", brand: "麓山", stage: .junior, district: 2),
            AnchorSchool(name: "大同小学", brand: "大同", stage: .primary, district: 0),
            AnchorSchool(name: "南雅中学", brand: "南雅", stage: .junior, district: 4),
            AnchorSchool(name: "育英学校", brand: "育英", stage: .primary, district: 3),
            AnchorSchool(name: "广益实验中学", brand: "广益", stage: .junior, district: 4),
            AnchorSchool(name: "清水塘小学", brand: "清水塘", stage: .primary, district: 3),
            AnchorSchool(name: "枫树山小学", brand: "枫树山", stage: .primary, district: 4),
            AnchorSchool(name: "博才小学", brand: "博才小学", stage: .primary, district: 2),
        ],
        periodMinutes: 45, afternoonStart: 14 * 60 + 30)

    // MARK: Zhengzhou 郑州, Zhengdong 郑东新区 (34.76N 113.73E)

    static let zhengzhou = CityInfo(
        cityName: "郑州市", prefix: "郑州市", lat: 34.76, lon: 113.73, cosLat: 0.821547,
        districts: [
            DistrictInfo(name: "郑东新区", short: "郑东", lat: 34.765, lon: 113.730, radiusKm: 8, outer: false,
                         towns: ["白沙镇", "圃田乡", "杨桥", "豫兴", "祭城"], weight: 2),
            DistrictInfo(name: "金水区", short: "金水", lat: 34.800, lon: 113.660, radiusKm: 5, outer: false, towns: [], weight: 1.6),
            DistrictInfo(name: "中原区", short: "中原", lat: 34.748, lon: 113.613, radiusKm: 6, outer: false, towns: ["须水街道"], weight: 1.2),
            DistrictInfo(name: "二七区", short: "二七", lat: 34.724, lon: 113.640, radiusKm: 6, outer: false, towns: ["侯寨乡"], weight: 1.1),
            DistrictInfo(name: "管城回族区", short: "管城", lat: 34.754, lon: 113.678, radiusKm: 5, outer: false, towns: ["南曹乡"], weight: 1),
            DistrictInfo(name: "惠济区", short: "惠济", lat: 34.867, lon: 113.617, radiusKm: 8, outer: true,
                         towns: ["古荥镇", "花园口镇"], weight: 0.8),
            DistrictInfo(name: "高新区", short: "高新", lat: 34.808, lon: 113.556, radiusKm: 7, outer: false,
                         towns: ["沟赵乡", "石佛镇"], weight: 0.8),
            DistrictInfo(name: "经开区", short: "经开", lat: 34.722, lon: 113.752, radiusKm: 7, outer: false,
                         towns: ["九龙镇", "前程镇"], weight: 0.8),
            DistrictInfo(name: "航空港区", short: "港区", lat: 34.527, lon: 113.846, radiusKm: 12, outer: true,
                         towns: ["张庄镇", "龙王乡", "八岗镇", "冯堂乡"], weight: 0.9),
            DistrictInfo(name: "中牟县", short: "中牟", lat: 34.719, lon: 113.976, radiusKm: 14, outer: true,
                         towns: ["韩寺镇", "官渡镇", "狼城岗镇", "万滩镇", "雁鸣湖镇", "黄店镇", "刘集镇", "大孟镇"], weight: 1),
        ],
        roads: ["普惠路", "众意路", "康宁街", "永平路", "昆丽河", "博学路", "明理路", "天韵街", "心怡路", "七里河", "杨金路",
                "金光路", "商都路", "农业东路", "祥盛街", "民生路", "如意西路", "九如路", "平安大道", "龙湖", "象湖", "丰庆路",
                "尚贤街", "正光路", "创业路", "熊儿河", "祭城路", "东风南路", "黄河东路", "金水东路", "中兴路", "聚贤街", "福禄路",
                "立德街", "兴荣街", "通和街", "雅宝路", "龙源路", "凤鸣路", "如意湖", "玉兰街", "牡丹街", "明鸿路", "纬五路",
                "经三路", "文化路", "黄河路", "农业路", "丰产路", "优胜南路", "建设路", "桐柏路", "嵩山路", "大学路", "陇海路",
                "淮河路", "长江路", "航海路", "伏牛路", "汝河路", "政通路", "工人路", "棉纺路", "互助路", "颍河路", "须水路",
                "秦岭路", "南阳路", "花园路", "东明路", "经七路", "纬一路", "紫荆山路", "城东路", "商城路", "银莺路", "艺术路"],
        villageEndings: northernVillages,
        anchors: [],
        periodMinutes: 40, afternoonStart: 14 * 60 + 30)

    // MARK: Qingdao 青岛 (36.07N 120.38E)

    static let qingdao = CityInfo(
        cityName: "青岛市", prefix: "青岛", lat: 36.07, lon: 120.38, cosLat: 0.808298,
        districts: [
            DistrictInfo(name: "市南区", short: "市南", lat: 36.067, lon: 120.412, radiusKm: 4, outer: false, towns: [], weight: 1.2),
            DistrictInfo(name: "市北区", short: "市北", lat: 36.087, lon: 120.375, radiusKm: 5, outer: false, towns: [], weight: 1.4),
            DistrictInfo(name: "李沧区", short: "李沧", lat: 36.145, lon: 120.433, radiusKm: 5, outer: false, towns: [], weight: 1),
            DistrictInfo(name: "崂山区", short: "崂山", lat: 36.107, lon: 120.469, radiusKm: 9, outer: false,
                         towns: ["王哥庄街道", "北宅街道", "沙子口街道"], weight: 1),
            DistrictInfo(name: "黄岛区", short: "西海岸", lat: 35.960, lon: 120.198, radiusKm: 16, outer: true,
                         towns: ["藏南镇", "大场镇", "海青镇", "宝山镇", "六汪镇", "泊里镇", "张家楼街道", "大村镇"], weight: 1.6),
            DistrictInfo(name: "城阳区", short: "城阳", lat: 36.307, lon: 120.396, radiusKm: 9, outer: false,
                         towns: ["棘洪滩街道", "上马街道", "河套街道"], weight: 1.1),
            DistrictInfo(name: "即墨区", short: "即墨", lat: 36.389, lon: 120.447, radiusKm: 14, outer: true,
                         towns: ["田横镇", "金口镇", "段泊岚镇", "移风店镇", "大信镇", "灵山街道", "蓝村街道", "刘家庄镇"], weight: 1.2),
            DistrictInfo(name: "胶州市", short: "胶州", lat: 36.264, lon: 120.034, radiusKm: 14, outer: true,
                         towns: ["李哥庄镇", "胶莱街道", "铺集镇", "里岔镇", "洋河镇"], weight: 1),
            DistrictInfo(name: "平度市", short: "平度", lat: 36.777, lon: 119.960, radiusKm: 16, outer: true,
                         towns: ["南村镇", "蓼兰镇", "崔家集镇", "明村镇", "田庄镇", "新河镇", "店子镇", "大泽山镇", "旧店镇",
                                 "云山镇", "古岘镇", "仁兆镇"], weight: 1.1),
            DistrictInfo(name: "莱西市", short: "莱西", lat: 36.889, lon: 120.517, radiusKm: 14, outer: true,
                         towns: ["姜山镇", "夏格庄镇", "院上镇", "日庄镇", "南墅镇", "河头店镇", "店埠镇", "马连庄镇"], weight: 0.9),
        ],
        roads: ["香港路", "银川路", "宁夏路", "延安路", "台东", "登州路", "辽阳路", "南京路", "福州路", "江西路", "太平路",
                "金门路", "湛山", "新昌路", "嘉峪关", "江苏路", "大沽路", "上海路", "海泊路", "同安路", "合肥路", "四流中路",
                "李村", "虎山路", "振华路", "九水路", "黑龙江路", "书院路", "枣山路", "劲松路", "海尔路", "深圳路", "松岭路",
                "珠江路", "长江路", "峨眉山路", "武夷山路", "崇明岛路", "正阳路", "春阳路", "流亭", "重庆路", "唐山路"],
        villageEndings: ["庄", "疃", "屯", "家", "村", "埠", "泊", "岭", "沟", "河"],
        anchors: [
            AnchorSchool(name: "青岛第二中学", brand: "青岛二中", stage: .senior, district: 3),
            AnchorSchool(name: "青岛第五十八中学", brand: "青岛五十八中", stage: .senior, district: 2),
            AnchorSchool(name: "青岛实验初级中学", brand: "青岛实验初中", stage: .junior, district: 0),
            AnchorSchool(name: "青岛第三十九中学", brand: "青岛三十九中", stage: .junior, district: 0),
            AnchorSchool(name: "青岛市实验小学", brand: "青岛实验小学", stage: .primary, district: 0),
            AnchorSchool(name: "青岛嘉峪关学校", brand: "嘉峪关学校", stage: .nineYear, district: 0),
            AnchorSchool(name: "青岛第七中学", brand: "青岛七中", stage: .junior, district: 1),
            AnchorSchool(name: "青岛大学附属中学", brand: "青大附中", stage: .senior, district: 1),
            AnchorSchool(name: "青岛第十九中学", brand: "青岛十九中", stage: .senior, district: 1),
            AnchorSchool(name: "青岛西海岸新区实验初级中学", brand: "西海岸实验初中", stage: .junior, district: 4),
        ],
        periodMinutes: 45, afternoonStart: 14 * 60)

    // MARK: Nanchang 南昌 (28.68N 115.86E)

    static let nanchang = CityInfo(
        cityName: "南昌市", prefix: "南昌市", lat: 28.68, lon: 115.86, cosLat: 0.877314,
        districts: [
            DistrictInfo(name: "东湖区", short: "东湖", lat: 28.685, lon: 115.899, radiusKm: 4, outer: false, towns: ["扬子洲镇"], weight: 1.3),
            DistrictInfo(name: "西湖区", short: "西湖", lat: 28.662, lon: 115.877, radiusKm: 4, outer: false, towns: ["桃花镇"], weight: 1.2),
            DistrictInfo(name: "青云谱区", short: "青云谱", lat: 28.632, lon: 115.925, radiusKm: 4, outer: false, towns: [], weight: 0.8),
            DistrictInfo(name: "青山湖区", short: "青山湖", lat: 28.682, lon: 115.962, radiusKm: 7, outer: false,
                         towns: ["罗家镇", "塘山镇", "京东镇"], weight: 1.1),
            DistrictInfo(name: "红谷滩区", short: "红谷滩", lat: 28.698, lon: 115.850, radiusKm: 6, outer: false,
                         towns: ["生米街道", "厚田乡"], weight: 1.1),
            DistrictInfo(name: "新建区", short: "新建", lat: 28.692, lon: 115.815, radiusKm: 14, outer: true,
                         towns: ["望城镇", "石埠镇", "西山镇", "溪霞镇", "象山镇", "昌邑乡", "南矶乡", "铁河乡", "联圩镇", "松湖镇",
                                 "大塘坪乡"], weight: 1.2),
            DistrictInfo(name: "南昌县", short: "南昌县", lat: 28.545, lon: 115.944, radiusKm: 14, outer: true,
                         towns: ["向塘镇", "莲塘镇", "蒋巷镇", "武阳镇", "冈上镇", "广福镇", "泾口乡", "南新乡", "塔城乡", "黄马乡",
                                 "八一乡", "幽兰镇", "三江镇"], weight: 1.3),
            DistrictInfo(name: "进贤县", short: "进贤", lat: 28.377, lon: 116.241, radiusKm: 14, outer: true,
                         towns: ["民和镇", "李渡镇", "温圳镇", "文港镇", "长山晏乡", "梅庄镇", "张公镇", "罗溪镇", "架桥镇", "前坊镇",
                                 "三里乡", "二塘乡", "钟陵乡", "池溪乡", "南台乡", "白圩乡", "衙前乡"], weight: 1),
            DistrictInfo(name: "安义县", short: "安义", lat: 28.846, lon: 115.549, radiusKm: 12, outer: true,
                         towns: ["龙津镇", "万埠镇", "石鼻镇", "东阳镇", "鼎湖镇", "长埠镇", "黄洲镇", "乔乐乡", "新民乡"], weight: 0.7),
        ],
        roads: ["站前路", "邮政路", "十字街", "豫章路", "阳明路", "象山北路", "船山路", "子固路", "叠山路", "孺子路", "洪都",
                "迎宾路", "井冈山大道", "昌北", "红角洲", "凤凰洲", "九龙湖", "沙井", "朝阳洲", "湖坊", "桃花", "顺化门",
                "百花洲", "东书院", "铁路", "广润门", "新溪桥", "南京路", "北京西路", "青山路", "八一大道", "抚河路", "渊明路",
                "永叔路", "皇殿侧", "羊子巷", "墩子塘", "岱山", "系马桩", "珠市"],
        villageEndings: ["村", "塘", "湾", "坪", "桥", "家", "垄", "岭", "洲", "圩"],
        anchors: [
            AnchorSchool(name: "南昌市育新学校", brand: "育新学校", stage: .nineYear, district: 0),
            AnchorSchool(name: "南昌市站前路学校", brand: "站前路学校", stage: .nineYear, district: 1),
            AnchorSchool(name: "南昌市铁路第一小学", brand: "铁路一小", stage: .primary, district: 1),
            AnchorSchool(name: "南昌市邮政路小学", brand: "邮政路小学", stage: .primary, district: 0),
            AnchorSchool(name: "南昌市心远中学", brand: "心远中学", stage: .junior, district: 0),
            AnchorSchool(name: "南昌市第二十八中学", brand: "南昌二十八中", stage: .junior, district: 1),
            AnchorSchool(name: "南昌市十字街小学", brand: "十字街小学", stage: .primary, district: 0),
            AnchorSchool(name: "南昌市外国语学校", brand: "南昌外国语", stage: .junior, district: 4),
        ],
        periodMinutes: 40, afternoonStart: 14 * 60 + 30)

    // MARK: people

    /// Common surnames, most frequent first (weights follow the 2020 census ranking roughly).
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
        "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤",
    ]
    static let femaleChars = Array("芳娟敏静丽艳娜霞秀玲婷雪慧琳洁颖倩晶燕红梅莉欣怡悦璐萍佳雯楠瑶璇瑾蕾").map(String.init)
    static let maleChars = Array("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳昊博文斌亮").map(String.init)
    static let neutralChars = Array("一子晨思嘉雨家梓亚永建志海新春国立德心安泽天小文").map(String.init)
}

/**
 * Figures' lexicon: the words that make a number a figure and give it its unit, qualifier, name,
 * year and kind. Data only; the patterns built from these lists, and the rules that use them, are
 * in the module of each job (tokens.ts, names.ts, kind.ts, years.ts).
 */

// ── Units ────────────────────────────────────────────────────────────────────────────────────

/** Units of measure, longest first so `人次` wins over `人`. */
export const UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '人次', '家次', '件次', '例次', '台次', '户次',
  '人份', '剂次', '毫升', '课时', '学时', '公里', '千米', '千克', '公斤', '周岁', '分钟', '小时', 'kg',
  '吨', '元', '人', '名', '位', '张', '个', '家', '所', '间', '项', '次', '例', '件', '条',
  '支', '辆', '台', '套', '床', '篇', '期', '场', '宗', '份', '处', '批', '种', '座', '户',
  '大类', '类', '起', '册', '剂', '瓶', '盒', '字', '米', '倍', '㎡', '%', '‰', '岁', '天', '秒', '分', '/10万', '/十万', '/万',
];

/** A unit followed by one of these characters is the start of a word, not a unit (`1000万人才`). */
export const UNIT_WORD_GUARDS: Readonly<Record<string, string>> = {
  人: '才员群口民工类体身大事力文性居际寿均格物心',
  家: '庭属长园',
  个: '月体性案',
  元: '旦素件',
  项: '目',
  床: '位日头边',
  天: '然门津河',
  位: '于置列居次移数',
  名: '单称义',
  次: '数序日要级',
  条: '件例款',
  处: '理置罚方长',
  所: '有属在以谓',
  座: '谈位',
  场: '所景地',
  期: '间限待望',
  批: '准复评',
  种: '植类子',
  户: '籍口型',
  台: '账阶风',
  间: '隔断接',
  份: '额子',
  倍: '数',
  类: '型别似',
  起: '草步来始点码诉跑飞航源止',
  册: '子',
  剂: '型量',
};

/** Units that describe an attribute when a noun follows (`65岁以上老人`, `24小时值班`). */
export const ATTRIBUTE_UNITS = new Set(['岁', '周岁', '分钟', '小时', '天', '秒', '分']);
/**
 * A unit of time is a duration, not an attribute, when a verb of getting done follows it
 * (`3天实现社会面清零`, `5天内即实现`).
 */
export const DURATION_VERBS = ['实现', '完成', '办结', '到达', '抵达', '清零', '即', '就', '便', '内'];
/**
 * A count of years (`提前8年实现`, `连续7年`) is a figure only after these words: everywhere else
 * `N年` is a year or a span of the text's time frame (`近3年来`). After them any time is a duration
 * (`连续358天无新增`).
 */
export const YEAR_COUNT_BEFORE = ['提前', '连续', '历时', '长达', '用时', '用了'];
/**
 * After a value, these make it the measure of a standard or threshold, a rule rather than a
 * fact (`5000-10000㎡的标准`, `不低于业务收入4%的标准`); `标准化` is not one (`47个标准化…室`).
 */
export const STANDARD_AFTER = /^(?:的)?(?:建设|配置|补助|收费|服务)?标准(?!化)/;
/** Units that make a preceding `前`/`后` a rank (`前10名`). */
export const RANK_UNITS = new Set(['名', '位']);
/** Units of a change, whatever the words around them (`提高2个百分点`). */
export const CHANGE_UNITS = new Set(['个百分点', '百分点']);

// ── Qualifiers ───────────────────────────────────────────────────────────────────────────────

/** Bounding words before the digits (`近1万`, `不低于90%`), longest first. */
export const PREFIX_QUALIFIERS = [
  '不低于', '不少于', '不超过', '不高于', '不足', '不到', '超过', '多于', '少于', '低于',
  '高于', '大于', '小于', '将近', '接近', '至少', '最少', '最多', '近', '约', '逾', '超', '≥', '≤', '>', '<',
].sort((a, b) => b.length - a.length);
/** Characters that, before a one-character qualifier, make it part of another word (`预约`, `最近`). */
export const PREFIX_QUALIFIER_GUARDS: Readonly<Record<string, string>> = {
  近: '最附亲靠就邻',
  约: '预签节契邀相条公履违合集制',
  超: '赶',
};
/** Bounding words after the unit (`90%以上`), longest alternative first where one holds another. */
export const SUFFIX_QUALIFIERS = ['及以上', '以上', '以下', '以内', '之内', '左右'];
/** After a unit of time, `内` bounds too (`30分钟内`). */
export const SUFFIX_QUALIFIERS_TIME = [...SUFFIX_QUALIFIERS, '内'];
/** Bounding words between the digits and the unit (`300余家`, `1万多人`). */
export const INFIX_QUALIFIERS = ['余', '多'];

// ── Names ────────────────────────────────────────────────────────────────────────────────────

/** Words between a name and its value that only introduce the value; stripped from names. Longest first. */
export const CONNECTIVES = [
  '分别达到', '分别提高到', '分别提高至', '分别为', '分别是', '分别达', '分别', '均达到', '均保持在',
  '均达', '均为', '均', '已达到', '已达', '达到了', '达到', '达', '为', '是', '增至', '增加至',
  '增加到', '增长至', '增长到', '增长了', '提高至', '提高到', '提高了', '提升至', '提升到',
  '提升了', '上升至', '上升到', '升至', '升到', '降至', '降到', '下降至', '下降到', '下降了',
  '降低至', '降低到', '降低了', '减少至', '减少到', '减少了', '缩短至', '缩短到', '缩短了',
  '延长至', '保持在', '保持', '控制在', '稳定在', '维持在', '巩固在', '持续', '突破', '累计',
  '共计', '合计', '总计', '现有', '共有', '已有', '建有', '设有', '拥有', '共', '同比增长',
  '同比下降', '同比提高', '同比减少', '同比增加', '同比缩短', '同比上升', '同比降低', '同比',
  '环比', '增长', '下降', '提高', '提升', '缩短', '降低', '增加', '减少', '上升', '延长', '增幅',
  '降幅', '净增', '净减', '的', '各', '可达', '在', '建成', '新建', '新增', '完成', '实现',
].sort((a, b) => b.length - a.length);
/**
 * What is left of a name that is no noun phrase: a preposition or a verb of arranging (`对50万元以下的…`,
 * `安排24名…`, `指导…`, `启动…`). Such a figure has no name (null), never a fragment nobody reads as one.
 */
export const NOT_A_NAME = /^(?:对|向|给|为|于|把|将|由|按|从|安排|指导|启动|组织|选派|派出|派驻|开展|投入|实施|举办|培训|支持|帮助|带动|推动|下达|拨付|处置|圆满处置|妥善处置|确保|可确保|自|提前|连续|历时|长达|用时|用了)$/;
/** Delimiters of names: a name never runs across these. */
export const NAME_STOP = new Set([...',;:。!?|…\n\t ', '\r']);
/** Nouns that end the modifier of a shared name (`0-3岁儿童` + `中医健康管理率`). */
export const GROUP_NOUNS = [
  '老年人', '老人', '婴幼儿', '儿童', '婴儿', '孕产妇', '妇女', '学生', '患者', '人群', '居民',
  '城区', '农村', '城市', '医院', '机构', '人口', '家庭', '地区', '乡镇', '社区',
];
/** Heads of indicator names a list can share (`高血压、糖尿病规范管理率`), longest first. */
export const SHARED_HEADS = [
  '规范管理率', '健康管理率', '管理率', '就诊率', '签约率', '覆盖率', '接种率', '死亡率', '发生率',
  '人数', '比例', '占比', '时间', '水平', '寿命', '率', '数', '量',
].sort((a, b) => b.length - a.length);

// ── Masked text ──────────────────────────────────────────────────────────────────────────────

/** Quote, title and bracket pairs whose content names something rather than stating figures. */
export const MASK_PAIRS: ReadonlyArray<[string, string]> = [
  ['“', '”'], ['‘', '’'], ['《', '》'], ['〈', '〉'], ['「', '」'], ['『', '』'], ['〔', '〕'], ['"', '"'],
];

// ── Years and kinds ──────────────────────────────────────────────────────────────────────────

/** Words that make a figure inside a plan part a present level, not a target (same clause). */
export const PRESENT = ['现有', '目前', '截至', '截止', '已有', '已经', '现已'];
/** After a year in its clause: a starting point (`1991年…以来`), not the year of what follows. */
export const SINCE = ['以来', '至今'];
/** Right before a year in its clause: a comparison base or a starting point (`较2018年`, `自2020年`). */
export const BASE_BEFORE = '较比与同自从';
/** The only words that may precede a year that opens its clause (`截至2023年底`), spaces aside. */
export const OPENING = ['截至', '截止', '到', '至', '在', '于', '全年', '其中'];

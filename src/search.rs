//! Text search over milestones in both scripts: case- and accent-insensitive for Latin text, hyphens ignored
//! ("gpt3" finds GPT-3), substring for Chinese in either script (Simplified folds to Traditional) and with the
//! note's own wording (反饋 finds 回饋), and dates ("2017", "Jun 2017", "2017年6月"). Every term of a query must
//! match (AND). Pure; the folded text of each milestone is built once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use crate::format;
use crate::model::{Date, Lang, Milestone, Timeline};

/// The search as typed, with its parsed terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    text: String,
    query: Query,
}

impl Search {
    pub fn new(text: &str) -> Search {
        Search {
            text: text.to_string(),
            query: Query::parse(text),
        }
    }

    /// The text as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn query(&self) -> &Query {
        &self.query
    }

    /// No term to look for (blank text).
    pub fn is_empty(&self) -> bool {
        self.query.is_empty()
    }
}

/// A parsed query: folded terms, split on white space.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        Query {
            terms: fold(text).split_whitespace().map(str::to_string).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every term occurs in `m`'s searchable text (titles, people, organisations, descriptions and
    /// figures, in both languages). `m` is one of `timeline`'s milestones.
    pub fn matches(&self, m: &Milestone, timeline: &Timeline) -> bool {
        if self.terms.is_empty() {
            return true;
        }
        let index = index(timeline);
        let own;
        let text = match index.by_id.get(m.id) {
            Some(&at) => index.texts[at].as_str(),
            None => {
                own = haystack(m, timeline);
                own.as_str()
            }
        };
        self.terms.iter().all(|term| text.contains(term.as_str()))
    }
}

/// Simplified characters and their Traditional forms, for every character of the record that differs (sorted
/// by the Simplified character; generated with OpenCC's character table).
const SIMPLIFIED: &[(char, char)] = &[
    ('万', '萬'),
    ('与', '與'),
    ('专', '專'),
    ('业', '業'),
    ('丛', '叢'),
    ('两', '兩'),
    ('个', '個'),
    ('为', '為'),
    ('举', '舉'),
    ('义', '義'),
    ('乐', '樂'),
    ('习', '習'),
    ('书', '書'),
    ('争', '爭'),
    ('于', '於'),
    ('云', '雲'),
    ('亚', '亞'),
    ('产', '產'),
    ('亿', '億'),
    ('仅', '僅'),
    ('从', '從'),
    ('们', '們'),
    ('价', '價'),
    ('众', '眾'),
    ('优', '優'),
    ('会', '會'),
    ('传', '傳'),
    ('伦', '倫'),
    ('体', '體'),
    ('侦', '偵'),
    ('侪', '儕'),
    ('储', '儲'),
    ('关', '關'),
    ('兴', '興'),
    ('兹', '茲'),
    ('内', '內'),
    ('写', '寫'),
    ('军', '軍'),
    ('决', '決'),
    ('况', '況'),
    ('冻', '凍'),
    ('准', '準'),
    ('减', '減'),
    ('几', '幾'),
    ('击', '擊'),
    ('划', '劃'),
    ('则', '則'),
    ('创', '創'),
    ('别', '別'),
    ('剑', '劍'),
    ('办', '辦'),
    ('务', '務'),
    ('动', '動'),
    ('励', '勵'),
    ('劳', '勞'),
    ('势', '勢'),
    ('区', '區'),
    ('华', '華'),
    ('协', '協'),
    ('单', '單'),
    ('厂', '廠'),
    ('历', '歷'),
    ('参', '參'),
    ('双', '雙'),
    ('发', '發'),
    ('变', '變'),
    ('叠', '疊'),
    ('号', '號'),
    ('后', '後'),
    ('听', '聽'),
    ('启', '啟'),
    ('员', '員'),
    ('响', '響'),
    ('团', '團'),
    ('围', '圍'),
    ('国', '國'),
    ('图', '圖'),
    ('圆', '圓'),
    ('圣', '聖'),
    ('场', '場'),
    ('块', '塊'),
    ('声', '聲'),
    ('处', '處'),
    ('备', '備'),
    ('复', '復'),
    ('够', '夠'),
    ('头', '頭'),
    ('夺', '奪'),
    ('奖', '獎'),
    ('奥', '奧'),
    ('娄', '婁'),
    ('孙', '孫'),
    ('学', '學'),
    ('实', '實'),
    ('审', '審'),
    ('宪', '憲'),
    ('对', '對'),
    ('寻', '尋'),
    ('导', '導'),
    ('将', '將'),
    ('尔', '爾'),
    ('尝', '嘗'),
    ('层', '層'),
    ('届', '屆'),
    ('属', '屬'),
    ('岛', '島'),
    ('师', '師'),
    ('带', '帶'),
    ('幂', '冪'),
    ('并', '並'),
    ('广', '廣'),
    ('库', '庫'),
    ('应', '應'),
    ('开', '開'),
    ('张', '張'),
    ('强', '強'),
    ('归', '歸'),
    ('当', '當'),
    ('录', '錄'),
    ('征', '徵'),
    ('忆', '憶'),
    ('态', '態'),
    ('总', '總'),
    ('恺', '愷'),
    ('惊', '驚'),
    ('愿', '願'),
    ('戏', '戲'),
    ('战', '戰'),
    ('户', '戶'),
    ('执', '執'),
    ('扩', '擴'),
    ('护', '護'),
    ('报', '報'),
    ('拟', '擬'),
    ('挥', '揮'),
    ('损', '損'),
    ('换', '換'),
    ('据', '據'),
    ('撑', '撐'),
    ('数', '數'),
    ('无', '無'),
    ('时', '時'),
    ('显', '顯'),
    ('晓', '曉'),
    ('术', '術'),
    ('机', '機'),
    ('杂', '雜'),
    ('权', '權'),
    ('条', '條'),
    ('来', '來'),
    ('构', '構'),
    ('标', '標'),
    ('栋', '棟'),
    ('栏', '欄'),
    ('树', '樹'),
    ('样', '樣'),
    ('检', '檢'),
    ('槛', '檻'),
    ('槟', '檳'),
    ('欧', '歐'),
    ('残', '殘'),
    ('气', '氣'),
    ('汇', '彙'),
    ('沟', '溝'),
    ('没', '沒'),
    ('测', '測'),
    ('浏', '瀏'),
    ('涌', '湧'),
    ('温', '溫'),
    ('满', '滿'),
    ('滥', '濫'),
    ('潜', '潛'),
    ('灵', '靈'),
    ('点', '點'),
    ('爱', '愛'),
    ('状', '狀'),
    ('独', '獨'),
    ('猫', '貓'),
    ('环', '環'),
    ('现', '現'),
    ('电', '電'),
    ('画', '畫'),
    ('监', '監'),
    ('盖', '蓋'),
    ('盘', '盤'),
    ('码', '碼'),
    ('础', '礎'),
    ('确', '確'),
    ('离', '離'),
    ('种', '種'),
    ('积', '積'),
    ('称', '稱'),
    ('稳', '穩'),
    ('竞', '競'),
    ('笔', '筆'),
    ('筛', '篩'),
    ('签', '籤'),
    ('简', '簡'),
    ('类', '類'),
    ('约', '約'),
    ('级', '級'),
    ('纪', '紀'),
    ('纯', '純'),
    ('纳', '納'),
    ('纸', '紙'),
    ('线', '線'),
    ('练', '練'),
    ('组', '組'),
    ('细', '細'),
    ('终', '終'),
    ('经', '經'),
    ('结', '結'),
    ('绘', '繪'),
    ('给', '給'),
    ('络', '絡'),
    ('统', '統'),
    ('继', '繼'),
    ('绩', '績'),
    ('绪', '緒'),
    ('续', '續'),
    ('维', '維'),
    ('编', '編'),
    ('缘', '緣'),
    ('缩', '縮'),
    ('网', '網'),
    ('罗', '羅'),
    ('职', '職'),
    ('联', '聯'),
    ('胜', '勝'),
    ('脑', '腦'),
    ('脸', '臉'),
    ('腊', '臘'),
    ('舰', '艦'),
    ('节', '節'),
    ('范', '範'),
    ('莱', '萊'),
    ('获', '獲'),
    ('萤', '螢'),
    ('营', '營'),
    ('虑', '慮'),
    ('虚', '虛'),
    ('补', '補'),
    ('装', '裝'),
    ('见', '見'),
    ('观', '觀'),
    ('规', '規'),
    ('视', '視'),
    ('览', '覽'),
    ('觉', '覺'),
    ('触', '觸'),
    ('计', '計'),
    ('订', '訂'),
    ('认', '認'),
    ('讨', '討'),
    ('让', '讓'),
    ('训', '訓'),
    ('议', '議'),
    ('讯', '訊'),
    ('记', '記'),
    ('讲', '講'),
    ('许', '許'),
    ('论', '論'),
    ('设', '設'),
    ('证', '證'),
    ('评', '評'),
    ('识', '識'),
    ('词', '詞'),
    ('译', '譯'),
    ('试', '試'),
    ('诚', '誠'),
    ('话', '話'),
    ('诞', '誕'),
    ('该', '該'),
    ('详', '詳'),
    ('语', '語'),
    ('误', '誤'),
    ('说', '說'),
    ('请', '請'),
    ('诺', '諾'),
    ('读', '讀'),
    ('调', '調'),
    ('谱', '譜'),
    ('贝', '貝'),
    ('负', '負'),
    ('财', '財'),
    ('责', '責'),
    ('败', '敗'),
    ('质', '質'),
    ('贴', '貼'),
    ('资', '資'),
    ('赛', '賽'),
    ('赢', '贏'),
    ('趋', '趨'),
    ('跃', '躍'),
    ('转', '轉'),
    ('轮', '輪'),
    ('软', '軟'),
    ('轴', '軸'),
    ('载', '載'),
    ('较', '較'),
    ('输', '輸'),
    ('边', '邊'),
    ('达', '達'),
    ('过', '過'),
    ('运', '運'),
    ('还', '還'),
    ('这', '這'),
    ('进', '進'),
    ('远', '遠'),
    ('连', '連'),
    ('迟', '遲'),
    ('适', '適'),
    ('选', '選'),
    ('递', '遞'),
    ('邓', '鄧'),
    ('采', '採'),
    ('释', '釋'),
    ('针', '針'),
    ('钟', '鐘'),
    ('钢', '鋼'),
    ('银', '銀'),
    ('链', '鏈'),
    ('错', '錯'),
    ('键', '鍵'),
    ('镜', '鏡'),
    ('长', '長'),
    ('门', '門'),
    ('闭', '閉'),
    ('问', '問'),
    ('间', '間'),
    ('闸', '閘'),
    ('阅', '閱'),
    ('阈', '閾'),
    ('队', '隊'),
    ('阵', '陣'),
    ('阶', '階'),
    ('际', '際'),
    ('险', '險'),
    ('随', '隨'),
    ('隐', '隱'),
    ('难', '難'),
    ('页', '頁'),
    ('顶', '頂'),
    ('项', '項'),
    ('须', '須'),
    ('顿', '頓'),
    ('颁', '頒'),
    ('预', '預'),
    ('领', '領'),
    ('频', '頻'),
    ('题', '題'),
    ('额', '額'),
    ('风', '風'),
    ('飞', '飛'),
    ('饰', '飾'),
    ('馈', '饋'),
    ('驱', '驅'),
    ('验', '驗'),
    ('骤', '驟'),
    ('齐', '齊'),
];

/// Words written two ways for one idea, folded to the record's form (same length in bytes, so highlight ranges
/// keep their place): the note writes 人類反饋, the record 人類回饋.
const SYNONYMS: &[(&str, &str)] = &[("反饋", "回饋")];

/// Folds one character for matching: lowercase, Latin diacritics removed, full-width forms to ASCII, hyphen and
/// dash variants dropped, Simplified Chinese to Traditional. Appends the folded text of the character (usually
/// one char, none for a hyphen).
fn fold_char(c: char, out: &mut String) {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        0x4E00..=0x9FFF => SIMPLIFIED
            .binary_search_by_key(&c, |&(simplified, _)| simplified)
            .map_or(c, |at| SIMPLIFIED[at].1),
        _ => c,
    };
    let base = match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => "a",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => "e",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => "i",
        'Ñ' | 'ñ' | 'Ń'..='ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => "o",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => "u",
        'Ý' | 'ý' | 'ÿ' => "y",
        'Ś'..='š' => "s",
        'Ź'..='ž' => "z",
        'Ł' | 'ł' => "l",
        'ß' => "ss",
        'Æ' | 'æ' => "ae",
        'Œ' | 'œ' => "oe",
        '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' => "",
        '·' | '・' => ".",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(base);
}

/// Folds text for matching (see [`fold_char`] and [`SYNONYMS`]).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    synonyms(out)
}

fn synonyms(mut folded: String) -> String {
    for (word, as_recorded) in SYNONYMS {
        if folded.contains(word) {
            folded = folded.replace(word, as_recorded);
        }
    }
    folded
}

/// Everything a search looks at for one milestone, folded, both languages, fields separated by a newline (so
/// a term cannot match across fields).
pub fn haystack(m: &Milestone, timeline: &Timeline) -> String {
    let mut parts: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        parts.push(m.title.get(lang).to_string());
        parts.push(m.who.get(lang).to_string());
        parts.push(m.text.get(lang).to_string());
        parts.push(format::date(
            lang,
            Date {
                year: m.year,
                month: 0,
                day: 0,
            },
        ));
        for dated in m.dates {
            parts.push(format::date(lang, dated.date));
        }
        for org in m.orgs.iter().filter_map(|id| timeline.org(id)) {
            parts.push(org.label.get(lang).to_string());
        }
        for f in m.figures {
            parts.push(format!(
                "{} {}",
                format::figure_value(lang, f),
                f.measure.get(lang)
            ));
        }
    }
    fold(&parts.join("\n"))
}

/// Builds the search text of every milestone of `timeline` now (the page calls this when idle after start, so
/// that the first keystroke does not pay for it).
pub fn warm(timeline: &Timeline) {
    index(timeline);
}

/// The folded text of every milestone, built once per timeline; milestones made of the same texts share one.
struct Index {
    by_id: HashMap<&'static str, usize>,
    texts: Vec<String>,
}

/// What a milestone's search text is made of: its texts, organisations and figures, by address. Milestones
/// with equal keys have the same search text (the data's strings are static, equal ones stored once).
fn source_key(m: &Milestone) -> [usize; 16] {
    let text = |t: &crate::model::Text| {
        [
            t.zh.as_ptr() as usize,
            t.zh.len(),
            t.en.as_ptr() as usize,
            t.en.len(),
        ]
    };
    let [a, b, c, d] = text(&m.title);
    let [e, f, g, h] = text(&m.who);
    let [i, j, k, l] = text(&m.text);
    let (orgs, figures) = (m.orgs.as_ptr() as usize, m.figures.as_ptr() as usize);
    let (o, p) = (m.orgs.len(), m.figures.len());
    [a, b, c, d, e, f, g, h, i, j, k, l, orgs, o, figures, p]
}

/// A timeline's index, by the address and length of its milestones.
type Indexes = Vec<((usize, usize), Rc<Index>)>;

thread_local! {
    /// Indexes by timeline: in practice one, the compiled timeline.
    static INDEXES: RefCell<Indexes> = const { RefCell::new(Vec::new()) };
}

fn index(timeline: &Timeline) -> Rc<Index> {
    let key = (
        timeline.milestones.as_ptr() as usize,
        timeline.milestones.len(),
    );
    INDEXES.with(|indexes| {
        if let Some((_, index)) = indexes.borrow().iter().find(|(k, _)| *k == key) {
            return index.clone();
        }
        let mut by_key: HashMap<[usize; 16], usize> = HashMap::new();
        let mut texts = Vec::new();
        let by_id = timeline
            .milestones
            .iter()
            .map(|m| {
                let at = *by_key.entry(source_key(m)).or_insert_with(|| {
                    texts.push(haystack(m, timeline));
                    texts.len() - 1
                });
                (m.id, at)
            })
            .collect();
        let index = Rc::new(Index { by_id, texts });
        indexes.borrow_mut().push((key, index.clone()));
        index
    })
}

/// The byte ranges of `text` that match a query term, merged and in order, for highlighting.
pub fn highlights(text: &str, query: &Query) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    // Fold character by character, remembering which original range each folded byte came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        for _ in before..folded.len() {
            origin.push(start..start + c.len_utf8());
        }
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in query.terms() {
        let mut from = 0;
        while let Some(at) = folded[from..].find(term.as_str()) {
            let begin = from + at;
            let end = begin + term.len();
            ranges.push(origin[begin].start..origin[end - 1].end);
            from = begin + term.len().max(1);
            while !folded.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether a search marks anything in what `m` shows in `lang` (title, people, description, figures): an item
/// whose text has no mark under the old search nor the new one keeps its DOM when the search changes.
pub fn marks_shown_text(m: &Milestone, lang: Lang, query: &Query) -> bool {
    if query.is_empty() {
        return false;
    }
    let marks = |text: &str| !highlights(text, query).is_empty();
    marks(m.title.get(lang))
        || marks(m.who.get(lang))
        || marks(m.text.get(lang))
        || m.figures
            .iter()
            .any(|f| marks(&format::figure_value(lang, f)) || marks(f.measure.get(lang)))
}

/// `text` cut into (piece, is_match) segments for rendering with `<mark>`.
pub fn segments<'a>(text: &'a str, query: &Query) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in highlights(text, query) {
        if r.start > at {
            out.push((&text[at..r.start], false));
        }
        out.push((&text[r.clone()], true));
        at = r.end;
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], false));
    }
    out
}

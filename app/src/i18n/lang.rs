//! The six official languages of the United Nations: their codes, their
//! own names (for the language switch), their direction, and how a
//! browser's `Accept-Language` chooses one.

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the UN's order (Arabic, Chinese, English, French, Russian,
    /// Spanish).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 code (`lang` attributes, URLs, cookies, edition files).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself (what the switch shows).
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// Written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `dir` as HTML wants it.
    pub fn dir(self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of a code: `fr`, `FR`, `fr-CA`, `zh-Hans-CN` … (the
    /// primary subtag decides).
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The best language of an `Accept-Language` header (by its weights,
    /// then its order); None when it names none of the six.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate().take(32) {
            let mut bits = part.split(';');
            let Some(lang) = bits.next().and_then(Lang::parse) else {
                continue;
            };
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
                best = Some((q, i, lang));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn reads_codes_and_accept_language() {
        assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(
            Lang::from_accept_language("de-DE,ar;q=0.8,en;q=0.5"),
            Some(Lang::Ar)
        );
        assert_eq!(Lang::from_accept_language("ru, fr"), Some(Lang::Ru));
        assert_eq!(
            Lang::from_accept_language("es;q=0.2, fr;q=0.9"),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::from_accept_language("en;q=0, de"), None);
        assert_eq!(Lang::from_accept_language(""), None);
        assert!(Lang::Ar.rtl() && !Lang::Zh.rtl());
    }
}

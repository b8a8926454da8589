//! Pages of an A4 document: rows of drawn items, grouped in blocks that are
//! kept together (a question's text never ends a page without the start of
//! its answer), then numbered "Page x of y" once the count is known.

use super::fonts::{FontSet, Weight};
use super::shaping::{paragraph, Line, Style};

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const MARGIN_X: f32 = 56.0;
/// Where the body starts (below the header) and ends (above the footer),
/// measured from the top of the page.
pub const BODY_TOP: f32 = 70.0;
pub const BODY_BOTTOM: f32 = PAGE_HEIGHT - 64.0;
pub const BODY_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

/// Grey levels (0 black, 1 white).
pub const INK: f32 = 0.0;
pub const MUTED: f32 = 0.35;
pub const RULE: f32 = 0.7;

/// Something drawn; y measured from the top of its row (or page).
#[derive(Clone, Debug)]
pub enum Item {
    Text {
        line: Line,
        x: f32,
        baseline: f32,
        grey: f32,
    },
    CheckBox {
        x: f32,
        top: f32,
        size: f32,
        checked: bool,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
    },
    Frame {
        x: f32,
        top: f32,
        width: f32,
        height: f32,
    },
}

impl Item {
    fn shifted(mut self, dy: f32) -> Item {
        match &mut self {
            Item::Text { baseline, .. } => *baseline += dy,
            Item::CheckBox { top, .. } | Item::Frame { top, .. } => *top += dy,
            Item::Rule { y, .. } => *y += dy,
        }
        self
    }
}

/// A horizontal slice of a page.
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub height: f32,
    pub items: Vec<Item>,
}

impl Row {
    pub fn space(height: f32) -> Row {
        Row {
            height,
            items: Vec::new(),
        }
    }
}

/// Rows that belong together; the first `keep` rows are never split
/// across pages.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub rows: Vec<Row>,
    pub keep: usize,
}

impl Block {
    pub fn height(&self) -> f32 {
        self.rows.iter().map(|r| r.height).sum()
    }

    fn kept_height(&self) -> f32 {
        self.rows.iter().take(self.keep).map(|r| r.height).sum()
    }
}

/// Line height for a text size.
pub fn leading(size: f32) -> f32 {
    size * 1.4
}

/// A paragraph as rows, at `x` within `width`; right-to-left paragraphs are
/// aligned right.
pub fn text_rows(
    fonts: &FontSet,
    text: &str,
    style: Style,
    x: f32,
    width: f32,
    grey: f32,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for para in text.split('\n') {
        for line in paragraph(fonts, para, style, width) {
            let dx = if line.rtl { width - line.width } else { 0.0 };
            rows.push(Row {
                height: leading(style.size),
                items: vec![Item::Text {
                    line,
                    x: x + dx,
                    baseline: style.size * 1.05,
                    grey,
                }],
            });
        }
    }
    rows
}

/// A check box followed by its label.
pub fn checkbox_rows(
    fonts: &FontSet,
    checked: bool,
    label: &str,
    style: Style,
    x: f32,
    width: f32,
) -> Vec<Row> {
    let size = style.size * 0.9;
    let gap = size + 6.0;
    let mut rows = text_rows(fonts, label, style, x + gap, width - gap, INK);
    if let Some(first) = rows.first_mut() {
        first.items.push(Item::CheckBox {
            x,
            top: style.size * 1.05 - size * 0.9,
            size,
            checked,
        });
    }
    rows
}

pub const REGULAR: Weight = Weight::Regular;
pub const BOLD: Weight = Weight::Bold;

/// The pages being filled.
pub struct Pages {
    pub pages: Vec<Vec<Item>>,
    y: f32,
}

impl Default for Pages {
    fn default() -> Self {
        Self::new()
    }
}

impl Pages {
    pub fn new() -> Pages {
        Pages {
            pages: vec![Vec::new()],
            y: BODY_TOP,
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = BODY_TOP;
    }

    fn room(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    fn put(&mut self, row: Row) {
        let y = self.y;
        let page = self.pages.last_mut().expect("a page");
        page.extend(row.items.into_iter().map(|i| i.shifted(y)));
        self.y += row.height;
    }

    /// Places a block: whole on this page if it fits, else whole on the next
    /// page if it fits there, else split after its kept rows.
    pub fn place(&mut self, block: Block) {
        let page_room = BODY_BOTTOM - BODY_TOP;
        let at_top = self.y <= BODY_TOP;
        if !at_top
            && (block.height() > self.room() && block.height() <= page_room
                || block.kept_height() > self.room())
        {
            self.new_page();
        }
        for row in block.rows {
            if row.height > self.room() && self.y > BODY_TOP {
                self.new_page();
            }
            self.put(row);
        }
    }

    /// The vertical position the next row goes to.
    pub fn cursor(&self) -> f32 {
        self.y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize, height: f32) -> Vec<Row> {
        (0..n).map(|_| Row::space(height)).collect()
    }

    #[test]
    fn a_block_that_fits_a_page_is_never_split() {
        let mut pages = Pages::new();
        pages.place(Block {
            rows: rows(1, BODY_BOTTOM - BODY_TOP - 100.0),
            keep: 1,
        });
        pages.place(Block {
            rows: rows(10, 20.0),
            keep: 2,
        });
        assert_eq!(pages.pages.len(), 2);
        assert!((pages.cursor() - (BODY_TOP + 200.0)).abs() < 0.01);
    }

    #[test]
    fn a_long_block_keeps_its_first_rows_together() {
        let mut pages = Pages::new();
        pages.place(Block {
            rows: rows(1, BODY_BOTTOM - BODY_TOP - 30.0),
            keep: 1,
        });
        // Taller than a page: it is split, but its three kept rows (the
        // question and the start of its answer) move together.
        pages.place(Block {
            rows: rows(80, 15.0),
            keep: 3,
        });
        assert!(pages.pages.len() >= 3);
        assert!(pages.pages[0].is_empty() || pages.pages.len() > 1);
        let mut split = Pages::new();
        split.place(Block {
            rows: rows(1, BODY_BOTTOM - BODY_TOP - 40.0),
            keep: 1,
        });
        let before = split.pages.len();
        split.place(Block {
            rows: rows(80, 15.0),
            keep: 3,
        });
        // 40 pt left is room for two rows, not three: the block starts on a new page.
        assert_eq!(split.pages.len() - before, 2);
    }
}

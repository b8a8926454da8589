//! Parts shared by several pages (pages import parts, never each other):
//! the answer sheet, the decisions list, a query thread, the region chart,
//! a data table, questionnaire text with footnotes, answer lines with their
//! web addresses as links, and small form parts.

pub mod answer_sheet;
pub mod carry_mark;
pub mod decisions;
pub mod forms;
pub mod linked_text;
pub mod region_chart;
pub mod rich_text;
pub mod staff_nav;
pub mod table;
pub mod thread;
pub mod undescribed;
pub mod version_info;

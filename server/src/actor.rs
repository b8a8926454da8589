//! Who is acting: recorded with every saved answer and every submission.
//! The signed-in user's e-mail (`accounts::viewer::Viewer::actor`), or
//! this name for a request without a session.

pub const ANONYMOUS: &str = "anonymous";

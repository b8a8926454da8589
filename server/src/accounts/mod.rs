//! Accounts: who someone is (users), how they prove it (passwords,
//! sessions, one-time links, tokens), and what they may do (`access`).

pub mod access;
pub mod api_tokens;
pub mod devices;
pub mod first_admin;
pub mod invitations;
pub mod links;
pub mod password;
pub mod secret_box;
pub mod sessions;
pub mod throttle;
pub mod token;
pub mod totp;
pub mod two_factor;
pub mod users;
pub mod viewer;

pub use access::{Access, Role};
pub use users::User;

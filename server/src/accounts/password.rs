//! Passwords: argon2id (the argon2 crate's defaults, OWASP's minimum
//! parameters or above), stored as PHC strings.
//!
//! Each hash costs about 19 MiB and a core for tens of milliseconds, so
//! hashing is capped: it runs on a few threads of its own (one per core,
//! never the async workers nor tokio's growing blocking pool, whose many
//! threads would each keep a 19 MiB allocation in their malloc arena), at
//! most `QUEUE_PER_CORE` per core wait, and anything beyond is refused at
//! once with [`Busy`] (the caller answers 503): a flood of sign-ins keeps
//! memory flat.

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// At least this many characters (NIST SP 800-63B: 8; we ask for 12).
pub const MIN_LENGTH: usize = 12;
/// At most this many characters (a longer "password" is a flood).
pub const MAX_LENGTH: usize = 1024;
/// Requests allowed to wait for a hashing slot, per core.
pub const QUEUE_PER_CORE: usize = 8;

/// Too many passwords are being checked at once: try again shortly.
#[derive(Debug, thiserror::Error)]
#[error("too many password checks at once")]
pub struct Busy;

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads, one per core, fed through one queue.
static POOL: LazyLock<std::sync::Mutex<std::sync::mpsc::Sender<Job>>> = LazyLock::new(|| {
    let (tx, rx) = std::sync::mpsc::channel::<Job>();
    let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
    for i in 0..cores() {
        let rx = rx.clone();
        let _ = std::thread::Builder::new()
            .name(format!("msq-argon2-{i}"))
            .spawn(move || loop {
                let job = match rx.lock() {
                    Ok(r) => r.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            });
    }
    std::sync::Mutex::new(tx)
});
/// Hashes running or waiting.
static ADMITTED: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(cores() * (QUEUE_PER_CORE + 1)));
/// The most hashes that ever ran at once in this process (tests read it).
static PEAK: AtomicUsize = AtomicUsize::new(0);
static NOW: AtomicUsize = AtomicUsize::new(0);

/// The most argon2 computations that ran at once so far.
pub fn peak_concurrency() -> usize {
    PEAK.load(Ordering::SeqCst)
}

/// Runs one argon2 computation within the caps.
async fn capped<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
    let _admitted = ADMITTED.try_acquire().map_err(|_| Busy)?;
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let n = NOW.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(n, Ordering::SeqCst);
        let out = work();
        NOW.fetch_sub(1, Ordering::SeqCst);
        let _ = done.send(out);
    });
    POOL.lock().map_err(|_| Busy)?.send(job).map_err(|_| Busy)?;
    result.await.map_err(|_| Busy)
}

/// The PHC string of a new password.
pub async fn hash(password: &str) -> Result<String, Busy> {
    let password = password.to_string();
    capped(move || hash_now(&password)).await
}

/// Whether `password` matches the stored hash. A stored value that is no
/// hash (an invited account without a password yet) is checked against the
/// decoy, so every case costs the same.
pub async fn verify(password: &str, stored: &str) -> Result<bool, Busy> {
    let (password, stored) = (password.to_string(), stored.to_string());
    capped(move || verify_now(&password, &stored)).await
}

thread_local! {
    /// The argon2 working memory of this thread (19 MiB with the default
    /// parameters), allocated once and reused: allocating it per hash
    /// fragments the heap, and memory then grows with every sign-in.
    static BLOCKS: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// argon2 of `password` and `salt` with `params` into `out`, in this
/// thread's reused memory.
fn argon2_into(
    argon: &Argon2<'_>,
    params: &Params,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), argon2::Error> {
    BLOCKS.with(|b| {
        let mut blocks = b.borrow_mut();
        if blocks.len() < params.block_count() {
            blocks.resize(params.block_count(), Block::default());
        }
        let count = params.block_count();
        argon.hash_password_into_with_memory(password, salt, out, &mut blocks[..count])
    })
}

fn hash_now(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    let params = Params::default();
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut salt_bytes = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut salt_bytes) else {
        return String::new();
    };
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    if argon2_into(&argon, &params, password.as_bytes(), raw_salt, &mut out).is_err() {
        return String::new();
    }
    let (Ok(output), Ok(params_string)) = (Output::new(&out), ParamsString::try_from(&params))
    else {
        return String::new();
    };
    PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: params_string,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    }
    .to_string()
}

fn verify_now(password: &str, stored: &str) -> bool {
    let (parsed, real) = match PasswordHash::new(stored) {
        Ok(p) => (p, true),
        Err(_) => match PasswordHash::new(decoy()) {
            Ok(p) => (p, false),
            Err(_) => return false,
        },
    };
    verify_parsed(password, &parsed) && real
}

/// Checks a password against a parsed PHC hash (argon2 only).
fn verify_parsed(password: &str, parsed: &PasswordHash<'_>) -> bool {
    let (Ok(algorithm), Ok(params), Some(salt), Some(expected)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(parsed),
        parsed.salt,
        parsed.hash,
    ) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    let argon = Argon2::new(algorithm, version, params.clone());
    if argon2_into(&argon, &params, password.as_bytes(), raw_salt, &mut out).is_err() {
        return false;
    }
    // Output's equality is constant-time.
    Output::new(&out).is_ok_and(|o| o == expected)
}

/// A hash to verify against when the account does not exist, so a wrong
/// e-mail takes as long as a wrong password.
pub fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_now("decoy password, never valid"))
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hashes_verify_and_differ() {
        let a = super::hash("correct horse battery staple").await.unwrap();
        let b = super::hash("correct horse battery staple").await.unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b, "salted");
        assert!(super::verify("correct horse battery staple", &a)
            .await
            .unwrap());
        assert!(!super::verify("correct horse battery stapler", &a)
            .await
            .unwrap());
        assert!(!super::verify("anything", "").await.unwrap());
        assert!(!super::verify("decoy password, never valid", "")
            .await
            .unwrap());
        // Hashes made by the argon2 crate's own API verify too.
        use argon2::password_hash::PasswordHasher;
        let salt = argon2::password_hash::SaltString::generate(&mut super::OsRng);
        let theirs = argon2::Argon2::default()
            .hash_password(b"made elsewhere", &salt)
            .unwrap()
            .to_string();
        assert!(super::verify("made elsewhere", &theirs).await.unwrap());
        assert!(!super::verify("made elsewher", &theirs).await.unwrap());
    }

    /// Memory stays flat over many checks (it grew by 19 MiB per check
    /// when each allocated its own working memory).
    #[tokio::test]
    async fn repeated_checks_reuse_their_memory() {
        let rss = || {
            std::fs::read_to_string("/proc/self/status")
                .unwrap()
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
                .unwrap()
        };
        let h = super::hash("some pass phrase").await.unwrap();
        for _ in 0..4 {
            let _ = super::verify("x", &h).await;
        }
        let before = rss();
        for _ in 0..12 {
            let _ = super::verify("x", &h).await;
        }
        let grown = rss().saturating_sub(before);
        assert!(grown < 40 * 1024, "grew {grown} KiB over 12 checks");
    }

    /// A flood is refused beyond the queue, and never more than one hash
    /// per core runs at once.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_flood_is_capped() {
        let flood = super::cores() * (super::QUEUE_PER_CORE + 1) * 3;
        let tasks: Vec<_> = (0..flood)
            .map(|_| tokio::spawn(super::verify("x", super::decoy())))
            .collect();
        let mut busy = 0;
        for t in tasks {
            if t.await.unwrap().is_err() {
                busy += 1;
            }
        }
        assert!(busy > 0, "some of {flood} refused");
        assert!(super::peak_concurrency() <= super::cores());
    }
}

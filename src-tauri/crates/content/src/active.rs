//! The content in use by this process, and the cache every crate reads its data through, so
//! that installing a pack changes what the whole app judges by without a restart.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use crate::set::ContentSet;

const EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.coverready-content"));

static ACTIVE: RwLock<Option<Arc<ContentSet>>> = RwLock::new(None);
/// Bumped on every activation; caches built under an older generation are rebuilt.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The pack compiled into the app, checked as an installed one is (its tests rule out a
/// broken one, so a failure here is a build bug).
pub fn builtin() -> Arc<ContentSet> {
    static BUILTIN: OnceLock<Arc<ContentSet>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| {
            Arc::new(
                crate::verify::open_embedded(EMBEDDED)
                    .unwrap_or_else(|e| panic!("built-in content pack: {e}")),
            )
        })
        .clone()
}

/// The embedded pack's bytes (benchmarks, and `content show` of a fresh install).
pub fn builtin_bytes() -> &'static [u8] {
    EMBEDDED
}

/// The content in use: the last activated, or the built-in pack.
pub fn active() -> Arc<ContentSet> {
    let guard = ACTIVE.read().unwrap_or_else(|p| p.into_inner());
    guard.clone().unwrap_or_else(builtin)
}

/// Makes `set` the content in use from now on, for every crate.
pub fn activate(set: Arc<ContentSet>) {
    let mut guard = ACTIVE.write().unwrap_or_else(|p| p.into_inner());
    *guard = Some(set);
    GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// One dataset parsed from the content in use, rebuilt when another pack is activated.
///
/// Values are leaked on purpose: each is built once per activation (at start, and after each
/// install the owner makes), a few hundred kilobytes at most, and leaking keeps every
/// `&'static` borrow the crates hand out valid for the life of the process.
pub struct Cached<T: 'static> {
    slot: Mutex<Option<(u64, &'static T)>>,
}

impl<T: Send + Sync + 'static> Cached<T> {
    pub const fn new() -> Cached<T> {
        Cached {
            slot: Mutex::new(None),
        }
    }

    /// The value `parse` makes from the texts of `paths` in the content in use. Content is
    /// validated before it is activated, so `parse` does not fail on it; should it anyway,
    /// the built-in pack's files are used rather than failing the caller.
    pub fn get<E: std::fmt::Display>(
        &self,
        paths: &[&str],
        parse: impl Fn(&[&str]) -> Result<T, E>,
    ) -> &'static T {
        // The generation is read before the content, so a value is never kept under a
        // generation newer than the content it was made from.
        let generation = GENERATION.load(Ordering::SeqCst);
        let mut slot = self.slot.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((made_under, value)) = *slot {
            if made_under == generation {
                return value;
            }
        }
        let value = active().parse(paths, &parse).unwrap_or_else(|_| {
            builtin()
                .parse(paths, &parse)
                .unwrap_or_else(|e| panic!("built-in content: {e}"))
        });
        let value: &'static T = Box::leak(Box::new(value));
        *slot = Some((generation, value));
        value
    }
}

impl<T: Send + Sync + 'static> Default for Cached<T> {
    fn default() -> Self {
        Cached::new()
    }
}

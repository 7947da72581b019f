//! Hands a value from its slot to an async cleanup that waits for it.
//!
//! `[Symbol.asyncDispose]()` on an object whose value a Rust borrow still
//! holds (an async method awaiting, a callback) starts the cleanup at once;
//! the cleanup awaits [`wait`], and the slot [`deliver`]s the value when the
//! last borrow ends. Rare, so a short list keyed by the slot's address.

use core::cell::RefCell;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use std::any::Any;
use std::rc::Rc;

use crate::cells::Cells as _;

struct Mailbox<T> {
    value: RefCell<Option<T>>,
    waker: RefCell<Option<Waker>>,
}

thread_local! {
    static WAITING: RefCell<Vec<(usize, Rc<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

/// A future of the value the slot at `key` will deliver.
pub(crate) fn wait<T: 'static>(key: usize) -> Wait<T> {
    let mailbox = Rc::new(Mailbox::<T> { value: RefCell::new(None), waker: RefCell::new(None) });
    WAITING.with(|w| w.lock().push((key, mailbox.clone())));
    Wait(mailbox)
}

/// The last borrow of the slot at `key` ended: hand its value to the
/// waiting cleanup (or drop it, if none waits).
pub(crate) fn deliver<T: 'static>(key: usize, value: T) {
    let mailbox = WAITING.with(|w| {
        let mut w = w.lock();
        let i = w.iter().position(|(k, _)| *k == key)?;
        Some(w.swap_remove(i).1)
    });
    match mailbox.and_then(|m| m.downcast::<Mailbox<T>>().ok()) {
        Some(mailbox) => {
            *mailbox.value.lock() = Some(value);
            if let Some(waker) = mailbox.waker.lock().take() {
                waker.wake();
            }
        }
        None => drop(value),
    }
}

pub(crate) struct Wait<T>(Rc<Mailbox<T>>);

impl<T> Future for Wait<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if let Some(value) = self.0.value.lock().take() {
            return Poll::Ready(value);
        }
        *self.0.waker.lock() = Some(cx.waker().clone());
        Poll::Pending
    }
}

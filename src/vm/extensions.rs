//! Per-interpreter state of the library layers, one value per type (the asyncio
//! runtime keeps its loops and task counter here). The VM stores these values
//! without knowing their types, so no library is a dependency of the core.

use std::any::{Any, TypeId};

/// A small map from a type to the one value of that type. Lookups compare the
/// stored `TypeId`s (no virtual calls), since the asyncio runtime reaches its
/// state on every task step.
#[derive(Default)]
pub struct Extensions(Vec<(TypeId, Box<dyn Any>)>);

impl Extensions {
    /// The value of type `T`, made with `T::default()` on first use.
    #[inline(always)]
    pub fn get_or_default<T: Any + Default>(&mut self) -> &mut T {
        let id = TypeId::of::<T>();
        let i = match self.0.iter().position(|(t, _)| *t == id) {
            Some(i) => i,
            None => self.insert(T::default()),
        };
        let slot: &mut dyn Any = self.0[i].1.as_mut();
        // SAFETY: every entry is stored with the TypeId of its own value's type
        // (`insert`), so the entry found for `TypeId::of::<T>()` holds a `T`.
        unsafe { &mut *(slot as *mut dyn Any as *mut T) }
    }

    /// The value of type `T`, if one was made.
    #[inline]
    pub fn get<T: Any>(&self) -> Option<&T> {
        let id = TypeId::of::<T>();
        let (_, value) = self.0.iter().find(|(t, _)| *t == id)?;
        value.downcast_ref::<T>()
    }

    #[cold]
    #[inline(never)]
    fn insert<T: Any>(&mut self, value: T) -> usize {
        self.0.push((TypeId::of::<T>(), Box::new(value)));
        self.0.len() - 1
    }
}

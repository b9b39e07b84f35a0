//! Per-interpreter state of the library layers, one value per type (the asyncio
//! runtime keeps its loops and task counter here). The VM stores these values
//! without knowing their types, so no library is a dependency of the core.

use std::any::Any;

/// A small map from a type to the one value of that type.
#[derive(Default)]
pub struct Extensions(Vec<Box<dyn Any>>);

impl Extensions {
    /// The value of type `T`, made with `T::default()` on first use.
    #[inline]
    pub fn get_or_default<T: Any + Default>(&mut self) -> &mut T {
        let i = match self.0.iter().position(|b| b.is::<T>()) {
            Some(i) => i,
            None => {
                self.0.push(Box::new(T::default()));
                self.0.len() - 1
            }
        };
        match self.0[i].downcast_mut::<T>() {
            Some(v) => v,
            None => unreachable!("the entry was found or made as a T"),
        }
    }

    /// The value of type `T`, if one was made.
    #[inline]
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.0.iter().find_map(|b| b.downcast_ref::<T>())
    }
}

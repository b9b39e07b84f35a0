//! The builtin exception classes as typed handles: native code names a class
//! as `Exc::ValueError` (`interp.types.exc(Exc::ValueError)`,
//! `interp.new_error(Exc::OSError, msg)`), never by a name string, so a
//! misspelt class is a compile error rather than a silent `Exception`.

macro_rules! builtin_exceptions {
    ($($name:ident: $base:ident,)*) => {
        /// A builtin exception class.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Exc {
            $($name,)*
        }

        /// The exception hierarchy as (name, base) pairs, parents first, in
        /// the order of [`Exc`].
        pub const EXCEPTION_TREE: &[(&str, &str)] = &[$((stringify!($name), stringify!($base)),)*];

        impl Exc {
            /// Every builtin exception class, in the order of [`EXCEPTION_TREE`].
            pub const ALL: &'static [Exc] = &[$(Exc::$name,)*];
        }
    };
}

builtin_exceptions! {
    BaseException: object,
    BaseExceptionGroup: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: BaseExceptionGroup,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    InterruptedError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionResetError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

impl Exc {
    /// The class's name (`"ValueError"`).
    pub fn name(self) -> &'static str {
        EXCEPTION_TREE[self as usize].0
    }

    /// The builtin exception class called `name`, if there is one (for names
    /// that come from data: a host's error kind, an errno's class).
    pub fn named(name: &str) -> Option<Exc> {
        EXCEPTION_TREE.iter().position(|(n, _)| *n == name).map(|i| Exc::ALL[i])
    }
}

# token: the constants, names and exact operator types.
import token

print(token.__all__[:6], len(token.__all__))
print(token.ENDMARKER, token.NAME, token.OP, token.COMMENT, token.NL, token.ENCODING)
print(token.N_TOKENS, token.NT_OFFSET, token.ERRORTOKEN, token.SOFT_KEYWORD)
print(sorted(token.tok_name.items()))
print(sorted(token.EXACT_TOKEN_TYPES.items()))
print(list(token.EXACT_TOKEN_TYPES)[:6])
print(token.ISTERMINAL(token.NAME), token.ISTERMINAL(300), token.ISNONTERMINAL(256), token.ISNONTERMINAL(1))
print(token.ISEOF(token.ENDMARKER), token.ISEOF(token.NEWLINE))
print(all(getattr(token, name) == number for number, name in token.tok_name.items()))
print(sorted(name for name in dir(token) if not name.startswith("__")) == sorted(token.__all__ + ["EXACT_TOKEN_TYPES"]))

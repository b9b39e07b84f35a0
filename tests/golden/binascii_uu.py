import binascii as b
for s in [b'!!!!', b'!!!', b'!!   ', b'!!``\n', b'!!\t', b'!! !', b'"!!!', b'"!!!!', b'!!  \r\n  x', b'!a', b'\x7f\n', b'\x7f', b'\x80', b'\xff', b'\xff\x00', b' \n', b'`\n', b'$ $-A=   \n', b'$`$-A=```\n', b'', '', b'#86)C', b'"86)C  ', b'!>   \n']:
  try: print(s, b.a2b_uu(s))
  except Exception as e: print(s, type(e).__name__, e)
for s in [b'x', b'', b'\x00Cat', b'!' * 46]:
  try: print(b.b2a_uu(s), b.b2a_uu(s, backtick=True))
  except Exception as e: print(type(e).__name__, e)
try: b.b2a_uu(b'', True)
except Exception as e: print(type(e).__name__, e)

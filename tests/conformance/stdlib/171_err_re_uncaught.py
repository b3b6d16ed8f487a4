# re: an uncaught re.error ends the program with CPython's last line.
import re

print(re.findall(r'\d+', 'a1b2'))
re.compile(r'(?P<name>\w+')

# Loopscope's urllib: a package for urllib.parse (the only part a page can use: a page
# has no sockets for urllib.request).

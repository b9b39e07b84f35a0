beta = 2

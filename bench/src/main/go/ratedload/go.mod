module odigos.io/bench/ratedload

go 1.21

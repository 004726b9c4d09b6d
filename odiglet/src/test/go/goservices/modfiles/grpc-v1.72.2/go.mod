module odigos.io/testservices/gosvc

go 1.23

toolchain go1.23.12

require (
	github.com/mattn/go-sqlite3 v1.14.22
	google.golang.org/grpc v1.72.2
)

require (
	golang.org/x/net v0.35.0 // indirect
	golang.org/x/sys v0.30.0 // indirect
	golang.org/x/text v0.22.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20250218202821-56aae31c358a // indirect
	google.golang.org/protobuf v1.36.5 // indirect
)

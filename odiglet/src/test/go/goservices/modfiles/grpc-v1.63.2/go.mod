module odigos.io/testservices/gosvc

go 1.21

require (
	github.com/mattn/go-sqlite3 v1.14.22
	google.golang.org/grpc v1.63.2
)

require (
	golang.org/x/net v0.26.0 // indirect
	golang.org/x/sys v0.21.0 // indirect
	golang.org/x/text v0.16.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20240604185151-ef581f913117 // indirect
	google.golang.org/protobuf v1.34.1 // indirect
)

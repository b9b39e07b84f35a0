# socketserver: serve_forever with poll_interval; service_actions runs every
# iteration and ends the loop by raising; Unix stream server.
import os
import socket
import socketserver
import tempfile


class Done(Exception):
    pass


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        cmd = self.rfile.readline().strip()
        self.server.seen.append(cmd)
        self.wfile.write(b"ok " + cmd.upper() + b"\n")


class Server(socketserver.UnixStreamServer):
    def service_actions(self):
        self.ticks += 1
        if self.pending:
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.connect(self.server_address)
            c.sendall(self.pending.pop(0) + b"\n")
            self.clients.append(c)
        elif len(self.seen) == len(self.clients):
            raise Done


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sock")
    with Server(path, Upper) as srv:
        print(srv.server_address == path)
        srv.ticks = 0
        srv.pending = [b"one", b"two", b"three"]
        srv.clients = []
        srv.seen = []
        try:
            srv.serve_forever(poll_interval=0.01)
        except Done:
            print("loop left by exception")
        print("ticks >= 4:", srv.ticks >= 4, srv.seen)
        for c in srv.clients:
            print(c.recv(100))
            c.close()

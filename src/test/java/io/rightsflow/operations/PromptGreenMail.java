package io.rightsflow.operations;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail whose SMTP server answers each command at once. GreenMail leaves Nagle's algorithm on
 * its sockets and writes a reply in pieces, so every command waits for the client's delayed
 * acknowledgement (about 45 ms here, 180 ms a mail): the benchmark would measure that, not the
 * service. A production mail server answers without that wait.
 */
final class PromptGreenMail extends GreenMail {

    PromptGreenMail(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(setups, managers);
        services.replaceAll((protocol, server) -> server instanceof SmtpServer
                ? new PromptSmtpServer(server.getServerSetup(), managers) : server);
        return services;
    }

    private static final class PromptSmtpServer extends SmtpServer {

        PromptSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}

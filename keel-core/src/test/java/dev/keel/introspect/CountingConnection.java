package dev.keel.introspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real connection and counts the statements executed through it. */
final class CountingConnection {
    private final AtomicInteger executions = new AtomicInteger();
    private final Connection connection;

    CountingConnection(Connection real) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof PreparedStatement) {
                        return wrap((PreparedStatement) result, PreparedStatement.class);
                    }
                    if (result instanceof Statement) {
                        return wrap((Statement) result, Statement.class);
                    }
                    return result;
                });
    }

    Connection connection() {
        return connection;
    }

    int executions() {
        return executions.get();
    }

    private <T> T wrap(T statement, Class<T> type) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
